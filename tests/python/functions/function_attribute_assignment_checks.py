# Assigning function attributes checks their types as CPython does, and interpreter-internal types
# (function, generator, code, frame, method, cell, traceback) cannot be subclassed.
import types


def f(a, b=2, *, c=3):
    return a, b, c


for attr, value in [("__defaults__", (10, 20)), ("__defaults__", 1), ("__defaults__", [1]), ("__defaults__", None),
                    ("__kwdefaults__", {"c": 30}), ("__kwdefaults__", 5), ("__kwdefaults__", None),
                    ("__annotations__", {"a": int}), ("__annotations__", "x"), ("__name__", 5), ("__qualname__", None),
                    ("__doc__", 7), ("__module__", 8)]:
    try:
        setattr(f, attr, value)
        print(attr, "=", repr(value), "->", repr(getattr(f, attr)))
    except TypeError as e:
        print(attr, "=", repr(value), "TypeError:", e)
try:
    print(f(1))
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = (5,)
f.__kwdefaults__ = {"c": 6}
print(f(1))

for base in [types.FunctionType, types.GeneratorType, types.CodeType, types.FrameType, types.MethodType,
             types.CellType, types.TracebackType, types.CoroutineType, types.AsyncGeneratorType, bool, type(None)]:
    try:
        type("Sub", (base,), {})
        print(base.__name__, "subclassed")
    except TypeError as e:
        print("TypeError:", e)
