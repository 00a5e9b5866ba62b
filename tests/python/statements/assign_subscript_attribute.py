d = {}
d["a"] = d["b"] = 1
print(d)
class Obj: pass
o = Obj()
o.x = o.y = [1]
print(o.x is o.y)
m = [[0] * 3 for _ in range(2)]
m[1][2] = 5
print(m)
s = list(range(5))
s[1:3] = "abc"
print(s)
s[-1] = "last"
print(s)
o.d = {}
o.d.setdefault("k", []).append(1)
print(o.d)
