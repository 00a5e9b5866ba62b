import hashlib
# lengths around the block sizes (64, 128) and the SHAKE rates (136, 168)
for n in (0, 1, 63, 64, 65, 127, 128, 129, 135, 136, 137, 167, 168, 169, 300):
    data = bytes(i % 251 for i in range(n))
    print(n, hashlib.blake2b(data).hexdigest()[:24], hashlib.blake2s(data).hexdigest()[:24],
          hashlib.shake_128(data).hexdigest(8), hashlib.shake_256(data).hexdigest(8))
print(hashlib.shake_128(b"abc").hexdigest(400)[-40:], len(hashlib.shake_256(b"").digest(1000)))
print(hashlib.shake_128(b"abc").digest(0))
for size in (1, 16, 32, 64):
    print(size, hashlib.blake2b(b"abc", digest_size=size).hexdigest())
for size in (1, 16, 32):
    print(size, hashlib.blake2s(b"abc", digest_size=size).hexdigest())
print(hashlib.blake2b(b"msg", key=b"k" * 64).hexdigest()[:32], hashlib.blake2s(b"msg", key=b"k" * 32).hexdigest()[:32])
print(hashlib.blake2b(b"", key=b"key").hexdigest()[:32], hashlib.blake2s(b"", key=b"key").hexdigest()[:32])
print(hashlib.blake2b(b"x", salt=b"s" * 16, person=b"p" * 16).hexdigest()[:32])
print(hashlib.blake2s(b"x", salt=b"s" * 8, person=b"p" * 8).hexdigest()[:32])
print(hashlib.blake2b(b"tree", fanout=2, depth=2, leaf_size=4096, node_offset=3, node_depth=1, inner_size=64, last_node=True).hexdigest()[:32])
print(hashlib.blake2s(b"tree", fanout=0, depth=255, leaf_size=2**32 - 1, node_offset=2**48 - 1, node_depth=255, inner_size=32, last_node=True).hexdigest()[:32])
h = hashlib.blake2b(digest_size=20)
h.update(b"part one, ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size, c.digest_size)
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE)
print(hashlib.blake2s.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
print(type(h).__name__, hashlib.new("blake2s", b"a", digest_size=4).hexdigest(), hashlib.new("shake_256", b"a").hexdigest(4))
s = hashlib.shake_128(b"x")
print(s.name, s.digest_size, s.block_size, hashlib.shake_256().block_size)
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b"x" * 65), dict(salt=b"x" * 17), dict(person=b"x" * 17),
           dict(fanout=256), dict(depth=0), dict(leaf_size=2**32), dict(leaf_size=-1), dict(node_depth=256),
           dict(inner_size=65), dict(key="str")]:
    try:
        hashlib.blake2b(**kw)
        print("ok", kw)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
for kw in [dict(node_offset=2**48), dict(digest_size=33), dict(salt=b"x" * 9)]:
    try:
        hashlib.blake2s(**kw)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    s.hexdigest()
except TypeError as e:
    print(type(e).__name__)
import hmac
print(hmac.new(b"key", b"msg", hashlib.blake2b).hexdigest()[:32], hmac.new(b"key", b"msg", "blake2s").hexdigest()[:32])
print(sorted(hashlib.algorithms_guaranteed))
