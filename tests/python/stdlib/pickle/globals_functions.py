# Classes and functions pickle by qualified name; what cannot be found by name is refused.
import pickle
import collections


def top():
    return "top"


class Outer:
    class Inner:
        def method(self):
            return 1

    @staticmethod
    def static():
        return "static"


for proto in range(6):
    for obj in (top, Outer, Outer.Inner, len, collections.OrderedDict, ValueError, int, str,
                type(None), type(...), ..., NotImplemented, range, Outer.Inner.method):
        data = pickle.dumps(obj, proto)
        print(proto, obj.__qualname__ if hasattr(obj, "__qualname__") else repr(obj), data,
              pickle.loads(data) is obj)


def local_class():
    class Local:
        pass
    return Local


for obj in (lambda: 0, local_class(), local_class()()):
    try:
        pickle.dumps(obj)
    except (pickle.PicklingError, AttributeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])


def renamed():
    pass


saved = renamed
renamed = None
try:
    pickle.dumps(saved)
except pickle.PicklingError as e:
    print("PicklingError", str(e).split(" at 0x")[0], str(e).split(">")[-1])

bound = [1, 2].append
print(pickle.dumps(Outer.Inner().method, 4)[:60])
m = pickle.loads(pickle.dumps(Outer.Inner().method, 2))
print(m())
print(pickle.loads(pickle.dumps(str.upper, 4))("x"), pickle.loads(pickle.dumps(Outer.static, 4))())
