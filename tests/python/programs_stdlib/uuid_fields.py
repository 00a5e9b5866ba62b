import uuid

ns_names = [(uuid.NAMESPACE_DNS, "python.org"), (uuid.NAMESPACE_URL, "https://example.com/"),
            (uuid.NAMESPACE_OID, "1.2.3"), (uuid.NAMESPACE_X500, "cn=x")]
for ns, name in ns_names:
    u3, u5 = uuid.uuid3(ns, name), uuid.uuid5(ns, name)
    print(u3, u3.version, u5, u5.version, u5.variant)
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.bytes, u.bytes_le)
print(u.time, u.clock_seq)
for s in ["{12345678-1234-5678-1234-567812345678}", "12345678123456781234567812345678",
          "urn:uuid:12345678-1234-5678-1234-567812345678", "12345678-1234-5678-1234-5678123456"]:
    try:
        print(uuid.UUID(s))
    except ValueError as e:
        print(type(e).__name__, e)
print(uuid.UUID(bytes=bytes(range(16))), uuid.UUID(int=1), uuid.UUID(bytes_le=bytes(range(16))))
print(uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
print(uuid.UUID(int=0) < uuid.UUID(int=1), uuid.UUID(int=5) == uuid.UUID(int=5), hash(uuid.UUID(int=7)) == hash(uuid.UUID(int=7)))
print(str(uuid.NAMESPACE_DNS), uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
r = uuid.uuid4()
print(r.version, len(str(r)), r.variant == uuid.RFC_4122)
t = uuid.uuid1()
print(t.version)
try:
    uuid.UUID()
except TypeError as e:
    print(type(e).__name__, e)
try:
    uuid.UUID(int=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    u.hex = "x"
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]))
print(uuid.UUID("a8098c1a-f86e-11da-bd1a-00112444be1e").version, uuid.UUID("a8098c1a-f86e-11da-bd1a-00112444be1e").time)
print(uuid.UUID(int=1).is_safe, uuid.SafeUUID.unknown)
print({uuid.UUID(int=1): "one"}[uuid.UUID("00000000-0000-0000-0000-000000000001")])
print(int(u) if hasattr(u, "__int__") else u.int, f"{u}")
