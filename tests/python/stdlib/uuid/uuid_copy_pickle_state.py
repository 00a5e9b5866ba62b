# copy.deepcopy and pickle rebuild a UUID through __setstate__ (it has __slots__ and refuses setattr)
import uuid, copy, pickle
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(copy.deepcopy(u), copy.copy(u) == u, pickle.loads(pickle.dumps(u)), pickle.loads(pickle.dumps(u)).is_safe)
v = uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe)
print(copy.deepcopy(v).is_safe, pickle.loads(pickle.dumps(v, 0)).is_safe, copy.deepcopy({"k": [u]}))
