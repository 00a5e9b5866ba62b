import uuid
print(uuid.UUID(int=0), uuid.UUID(int=1) < uuid.UUID(int=2), sorted([uuid.UUID(int=5), uuid.UUID(int=3)]))
print(hash(uuid.UUID(int=7)) == hash(uuid.UUID(int=7)), uuid.UUID('urn:uuid:12345678123456781234567812345678'), int(uuid.UUID(int=9)))
print({uuid.UUID(int=1): 'a'}[uuid.UUID('00000000-0000-0000-0000-000000000001')], uuid.UUID(int=1) == 1)
