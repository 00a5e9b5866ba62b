# A dict subclass passed to eval/exec as globals also serves as locals, and names are then read
# through its __getitem__ (and __missing__) first, before the plain globals and builtins lookup.


class Doubling(dict):
    def __getitem__(self, name):
        return name * 2


print(eval("x + yz", Doubling()))


class Defaults(dict):
    def __missing__(self, name):
        return "<" + name + ">"


print(eval("(alpha, beta)", Defaults(beta=2)))


class Picky(dict):
    def __getitem__(self, name):
        if name.startswith("k"):
            return len(name)
        raise KeyError(name)


ns = Picky()
exec("total = kilo + kb\nlength = len('abc')", ns)
print(dict.__getitem__(ns, "total"), dict.__getitem__(ns, "length"))
try:
    eval("missing_name", Picky())
except NameError as e:
    print("NameError:", e)

plain = {"v": 10}
print(eval("v * 3", plain))
