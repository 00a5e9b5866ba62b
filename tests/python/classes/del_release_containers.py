# Where CPython's reference counting frees objects with __del__ held in containers: a replaced or
# deleted list/dict item, a deleted attribute, clear()/remove(), a freed container (its items go in
# CPython's deallocation order), and a function's list of them when it returns.
class R:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


print("items")
cars = [R("c0"), R("c1"), R("c2"), R("c3")]
del cars[1]
print("  after del cars[1]")
cars[0] = None
print("  after cars[0] = None")
cars.pop()
print("  after cars.pop()")
cars = []
print("  after cars = []")
d = {"k": R("dv"), "j": R("dj")}
d["k"] = 5
print("  after d['k'] = 5")
del d["j"]
print("  after del d['j']")


class Holder:
    pass


h = Holder()
h.r = R("attr")
del h.r
print("  after del h.r")


class W:
    def __init__(self):
        self.parts = [R("p1"), R("p2")]
        self.main = R("m")

    def __del__(self):
        print("  W del")


w = W()
del w
print("after del w")
t = (R("t1"), R("t2"))
del t
print("after del t")
dd = {"a": R("d1"), "b": R("d2")}
del dd
print("after del dd")
x, y = R("x"), R("y")
del y, x
print("after del y, x")


class Ctx(R):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("  exit", self.name)
        return True


with Ctx("ctx"):
    raise KeyError("swallowed")
print("after with")
print("container methods")
pool = [R("q1"), R("q2"), R("q3")]
pool.remove(pool[1])
print("  after remove")
pool.clear()
print("  after clear")
book = {"a": R("da"), "b": R("db")}
book.clear()
print("  after dict clear")


def team():
    members = [R(f"m{i}") for i in range(3)]
    return members[0]


lead = team()
print("  after team()")
lead = None
print("end")
