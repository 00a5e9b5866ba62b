from itertools import compress, count, islice

def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return list(compress(range(n + 1), is_p))

def odd_sieve(n):
    if n < 2:
        return []
    half = [True] * ((n - 1) // 2)
    for i in range(len(half)):
        if half[i]:
            p = 2 * i + 3
            for j in range((p * p - 3) // 2, len(half), p):
                half[j] = False
    return [2] + [2 * i + 3 for i, v in enumerate(half) if v]

def incremental():
    comps = {}
    for q in count(2):
        if q not in comps:
            yield q
            comps[q * q] = [q]
        else:
            for p in comps.pop(q):
                comps.setdefault(p + q, []).append(p)

p = sieve(100)
print(p)
print(len(sieve(1_000_000)), sieve(1_000_000)[-3:])
print(odd_sieve(100) == p, odd_sieve(1) == [], odd_sieve(2))
print(list(islice(incremental(), 25)) == p)
print(next(islice(incremental(), 9999, None)))
