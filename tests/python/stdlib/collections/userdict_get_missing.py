from collections import UserDict

class D(UserDict):
    def __missing__(self, key):
        return "missing:" + key

d = D(a=1)
print(d["a"], d["b"], d.get("a"), d.get("b"), d.get("b", 0), "b" in d)
print(UserDict(x=1).get("y"), UserDict(x=1).get("y", 5), UserDict(x=1).get("x"))
