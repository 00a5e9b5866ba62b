# Attributes CPython stores as read-only members say "readonly attribute"; getsets say "not writable"
import functools

class A:
    def m(self):
        pass

def outer():
    x = 1
    def inner():
        return x
    return inner

cases = [
    ("property.fget", lambda: setattr(property(), "fget", print)),
    ("property.fdel", lambda: setattr(property(), "fdel", None)),
    ("slice.start", lambda: setattr(slice(1, 2), "start", 0)),
    ("range.step", lambda: setattr(range(3), "step", 2)),
    ("function.__closure__", lambda: setattr(outer(), "__closure__", None)),
    ("function.__globals__", lambda: setattr(outer, "__globals__", {})),
    ("complex.imag", lambda: setattr(2j, "imag", 1.0)),
    ("classmethod.__func__", lambda: setattr(classmethod(len), "__func__", len)),
    ("staticmethod.__func__", lambda: setattr(staticmethod(len), "__func__", len)),
    ("method.__self__", lambda: setattr(A().m, "__self__", 1)),
    ("method.__func__", lambda: setattr(A().m, "__func__", 1)),
    ("int.real", lambda: setattr(5, "real", 1)),
    ("float.imag", lambda: setattr(1.5, "imag", 1)),
    ("builtin.__self__", lambda: setattr([].append, "__self__", 1)),
]
for label, action in cases:
    try:
        action()
        print(label, "set")
    except AttributeError as e:
        print(label, "->", e)
print(property(len).fget, slice(1, 5, 2).step, range(2, 9).start, (3 + 4j).imag, outer().__closure__ is not None)
