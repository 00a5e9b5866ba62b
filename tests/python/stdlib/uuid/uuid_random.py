import uuid
v = uuid.uuid4()
print(v.version, v.variant, len(str(v)), uuid.UUID(str(v)) == v, uuid.UUID(bytes=v.bytes) == v, uuid.UUID(bytes_le=v.bytes_le) == v)
print(uuid.UUID(int=v.int) == v, uuid.UUID(fields=v.fields) == v, uuid.uuid4() != v, str(v)[14])
w = uuid.uuid1()
print(w.version, w.variant, isinstance(uuid.getnode(), int))
