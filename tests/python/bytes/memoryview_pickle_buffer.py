# pickle.PickleBuffer exports the buffer it wraps: views see and write the original object.
import array
import pickle

b = bytearray(b"abcd")
pb = pickle.PickleBuffer(b)
m = memoryview(pb)
print(m.obj is b, m.readonly, m.format, bytes(pb), pb.raw().tolist(), m == b)
m[0] = 65
print(b)
pa = pickle.PickleBuffer(array.array("h", [1, 2]))
print(memoryview(pa).format, memoryview(pa).tolist(), pa.raw().format, bytes(pa))
print(memoryview(pickle.PickleBuffer(b"xy")).readonly)
pb.release()
try:
    memoryview(pb)
except ValueError as e:
    print(e)
print(pickle.loads(pickle.dumps(pickle.PickleBuffer(b"xyz"), protocol=5)))
print(pickle.loads(pickle.dumps(pickle.PickleBuffer(bytearray(b"xyz")), protocol=5)))
