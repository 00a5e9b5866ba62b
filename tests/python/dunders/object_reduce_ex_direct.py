"""object.__reduce_ex__ and object.__reduce__ called directly, as copy-like code and tutorials do."""
import copyreg


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [2, 3]


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 10


class WithNewArgs:
    def __new__(cls, n):
        obj = super().__new__(cls)
        obj.n = n
        return obj

    def __getnewargs__(self):
        return (self.n,)


class MyList(list):
    pass


class MyDict(dict):
    pass


class OwnReduce:
    def __reduce__(self):
        return (OwnReduce, ())


p = Plain()
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1] == (Plain,), r[2], r[3:], len(r))
r = p.__reduce_ex__(4)
print(r[0].__name__, r[1][0].__name__, r[2])
r = p.__reduce__()
print(r[0] is copyreg._reconstructor, r[1], r[2])
r = p.__reduce_ex__(0)
print(r[0] is copyreg._reconstructor, r[1][0].__name__, r[1][1].__name__, r[1][2], r[2])

s = Slotted()
r = s.__reduce_ex__(2)
print(r[1][0].__name__, r[2])

w = WithNewArgs(7)
r = w.__reduce_ex__(2)
print(r[1][0].__name__, r[1][1:], r[2])

ml = MyList([1, 2])
r = ml.__reduce_ex__(2)
print(r[1][0].__name__, r[2], list(r[3]), r[4])
md = MyDict(k=1)
r = md.__reduce_ex__(3)
print(r[1][0].__name__, r[2], r[3], list(r[4]))

print(OwnReduce().__reduce_ex__(2)[0].__name__)
print(object().__reduce_ex__(2)[1][0].__name__)
for bad in ("2", None):
    try:
        object().__reduce_ex__(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    object.__reduce_ex__(p)
except TypeError as e:
    print("TypeError", e)
