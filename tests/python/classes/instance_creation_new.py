class Cached:
    _cache = {}
    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        obj = super().__new__(cls)
        cls._cache[key] = obj
        print("created", key)
        return obj
    def __init__(self, key):
        print("init", key)
        self.key = key
a = Cached("x")
b = Cached("x")
print(a is b)
class Strange:
    def __new__(cls):
        return 42
print(Strange())
class UpperStr(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = UpperStr("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!")
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1)
