class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice) or isinstance(c, slice):
                rows = self.rows[r] if isinstance(r, slice) else [self.rows[r]]
                return Matrix([row[c] if isinstance(c, slice) else [row[c]] for row in rows])
            return self.rows[r][c]
        return self.rows[key]
    def __setitem__(self, key, value):
        r, c = key
        self.rows[r][c] = value
    def __delitem__(self, key):
        del self.rows[key]
    def __len__(self):
        return len(self.rows)
    def __iter__(self):
        return iter(self.rows)
    def __contains__(self, v):
        return any(v in r for r in self.rows)
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def transpose(self):
        return Matrix(zip(*self.rows))

m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(m[1], m[1, 2], m[0:2, 1:], m[:, 0], m[-1, ::-1])
m[0, 0] = 100
print(m, 100 in m, 42 in m, len(m))
del m[2]
print(m, list(m))
print(m @ m.transpose(), m.transpose())

class Spy:
    def __getitem__(self, k):
        return k
s = Spy()
print(s[1], s[1:2], s[::3], s[1, 2], s[1:2, ...], s[...], s[:, None], s["a":"b":"c"])
sl = s[1:10:2]
print(sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(3), slice(-3, None).indices(10))
print(repr(slice(1)), slice(1, 2) == slice(1, 2), hash(slice(1, 2)) if False else "")

class DefaultDict(dict):
    def __missing__(self, key):
        value = self[key] = len(key)
        return value
d = DefaultDict(a=1)
print(d["a"], d["hello"], d, d.get("zz"), "zz" in d)

class CaseInsensitive(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
ci = CaseInsensitive()
ci["Name"] = "x"
print(ci["NAME"], ci, ci.get("name"), dict(ci))
ci2 = CaseInsensitive(Key=1)
print(ci2, "key" in ci2)

from collections import UserList, UserDict, UserString
class Stack(UserList):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
st = Stack([1, 2])
st.push(3)
print(st, st.peek(), type(st + [4]).__name__, st[1:], type(st[1:]).__name__, len(st))
class LowerDict(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
ld = LowerDict({"A": 1}, B=2)
print(ld, ld.data, "a" in ld)
class Shout(UserString):
    def shout(self):
        return self.upper() + "!"
print(Shout("hey").shout(), Shout("a") + "b", type(Shout("x").upper()).__name__)
