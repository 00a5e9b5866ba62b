import uuid

names = ["alice@example.com", "bob@example.com", "alice@example.com"]
ids = [uuid.uuid5(uuid.NAMESPACE_DNS, n) for n in names]
print(ids[0] == ids[2], ids[0] != ids[1])
for u in ids:
    print(u, u.hex[:8], u.int % 1000, u.version, str(u).upper())
custom_ns = uuid.uuid5(uuid.NAMESPACE_URL, "https://weft.dev/")
print(custom_ns, uuid.uuid3(custom_ns, "thing"), uuid.uuid5(custom_ns, "thing"))
u = uuid.UUID("{6fa459ea-ee8a-3ca4-894e-db77e160355e}")
print(u, u.version, u.variant, u.fields, u.node, hex(u.time_low), u.clock_seq_hi_variant)
print(uuid.UUID(hex="6FA459EAEE8A3CA4894EDB77E160355E") == u, uuid.UUID(u.urn) == u, uuid.UUID(bytes=u.bytes) == u)
print(uuid.UUID(int=u.int, version=4), uuid.UUID(bytes=b"\x00" * 16, version=1).version)
try:
    uuid.UUID(int=1, version=9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    uuid.UUID(hex="1234", bytes=b"x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    uuid.UUID(bytes=b"short")
except ValueError as e:
    print(type(e).__name__, e)
try:
    uuid.UUID(fields=(1, 2, 3))
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(ids)[0] == min(ids), len({*ids}), uuid.UUID(int=2**128 - 1))
m = {uuid.UUID(int=i): i for i in range(3)}
print(m[uuid.UUID("00000000-0000-0000-0000-000000000002")])
print(uuid.uuid3(uuid.NAMESPACE_DNS, b"bytes-name".decode()), uuid.uuid5(uuid.NAMESPACE_OID, "2.5.4.3"))
print(uuid.NAMESPACE_DNS.bytes.hex(), uuid.NAMESPACE_URL.int)
print(repr(uuid.UUID(int=255)), str(uuid.UUID(int=255)).count("-"))
