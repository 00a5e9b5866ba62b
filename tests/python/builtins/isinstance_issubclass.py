print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance(b"b", bytes), isinstance([], (tuple, list)))
print(issubclass(bool, int), issubclass(int, object), issubclass(float, int), issubclass(list, (dict, list)))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B), issubclass(A, A))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
print(isinstance(None, type(None)), isinstance(int | str, type) if hasattr(int, "__or__") else "")
print(isinstance(5, int | str), issubclass(bool, int | None))
