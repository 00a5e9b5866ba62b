# Protocol 5: PickleBuffer in band and out of band, bytearray in band.
import pickle

buf = pickle.PickleBuffer(b"abc")
print(pickle.dumps(buf, 5))
print(pickle.dumps(pickle.PickleBuffer(bytearray(b"xyz")), 5))
try:
    pickle.dumps(buf, 4)
except pickle.PicklingError as e:
    print("PicklingError", e)
collected = []
data = pickle.dumps([buf, pickle.PickleBuffer(bytearray(b"rw"))], 5, buffer_callback=collected.append)
print(data, len(collected))
back = pickle.loads(data, buffers=[bytes(b.raw()) for b in collected])
print([bytes(x) for x in back])
try:
    pickle.loads(data)
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
try:
    pickle.dumps(1, 4, buffer_callback=print)
except ValueError as e:
    print("ValueError", e)
print(bytes(buf.raw()), buf.raw().readonly)
buf.release()
try:
    buf.raw()
except ValueError as e:
    print("ValueError", e)
print(pickle.loads(pickle.dumps(bytearray(b"q"), 5)), pickle.dumps(bytearray(b"q"), 5))
