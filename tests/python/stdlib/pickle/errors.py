# Bad pickles and unpicklable objects: CPython's exceptions and messages.
import pickle
import threading

bad = [b"", b"\x80\x06N.", b"z", b"(", b"N", b"\x80\x02K", b"\x80\x02a.", b"\x80\x02h\x05.", b"S'abc\n.",
       b"Sabc\n.", b"I12x\n.", b"\x80\x02cnomod_xyz\nX\n.", b"\x80\x02c__main__\nNope\n.", b"\x80\x02\x82\x05.",
       b"\x80\x020.", b"\x80\x02N1.", b"\x80\x02(K\x01.", b"\x80\x02K\x01K\x02.", b"\x80\x02X\x05\x00\x00\x00ab",
       b"\x80\x02\xff.", b"\x80\x02P1\n.", b"\x80\x02NQ."]
for data in bad:
    try:
        print(repr(pickle.loads(data)))
    except Exception as e:
        # The module's repr names this file's path, which depends on where the tests run.
        print(type(e).__name__, str(e).replace(repr(__file__)[1:-1], "<this file>"))

for obj in (threading.Lock(),):
    try:
        pickle.dumps(obj)
    except TypeError as e:
        print("TypeError", e)


class BadReduce:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


for rv in (5, (1, ()), (len, []), (len,), (len, (), None, None, None, None, None)):
    try:
        pickle.dumps(BadReduce(rv))
    except pickle.PicklingError as e:
        print("PicklingError", e)

for proto in (6, 100):
    try:
        pickle.dumps(1, proto)
    except ValueError as e:
        print("ValueError", e)
try:
    pickle.loads("text")
except TypeError as e:
    print("TypeError", e)
try:
    pickle.Pickler(object())
except TypeError as e:
    print("TypeError", e)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))
