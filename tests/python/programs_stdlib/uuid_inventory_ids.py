import uuid, json

NS = uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
skus = ["widget-red", "widget-blue", "gadget"]
catalog = {str(uuid.uuid5(NS, s)): s for s in skus}
print(json.dumps(catalog, indent=1, sort_keys=True))
for k in sorted(catalog):
    u = uuid.UUID(k)
    print(u.hex[:12], u.version, u.variant == uuid.RFC_4122, u.urn[:13], uuid.UUID(u.hex) == u)
short = {s: uuid.uuid5(NS, s).hex[:8] for s in skus}
print(short)
print(uuid.uuid3(NS, "x") != uuid.uuid5(NS, "x"), uuid.uuid3(NS, "x") == uuid.uuid3(NS, "x"))
u = uuid.uuid5(NS, "widget-red")
print(u.bytes.hex() == u.hex, uuid.UUID(bytes_le=u.bytes_le) == u, len(u.bytes), u.int.bit_length() <= 128)
print(f"{u!s:.8}", format(u, ""), "%s" % u)
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print(type(e).__name__, e)
print([uuid.UUID(int=i).hex[-2:] for i in range(3)])
