# __set_name__ runs for every attribute the class body defined, in definition
# order, even when an earlier __set_name__ replaced or removed it on the class.
class Rename:
    def __init__(self, other, value):
        self.other = other
        self.value = value

    def __set_name__(self, owner, name):
        print("set_name", name, "-> sets", self.other)
        setattr(owner, self.other, self.value)


class Swap:
    first = Rename("second", "two")
    second = Rename("first", "one")


print(Swap.first, Swap.second)


class Remove:
    def __init__(self, other):
        self.other = other

    def __set_name__(self, owner, name):
        print("set_name", name, "-> deletes", self.other)
        delattr(owner, self.other)


class Both:
    x = Remove("y")
    y = Remove("x")
    z = 3


print(hasattr(Both, "x"), hasattr(Both, "y"), Both.z)


class Adder:
    def __set_name__(self, owner, name):
        print("set_name", name)
        setattr(owner, name + "_extra", Adder())


class Grows:
    a = Adder()
    b = Adder()


print(sorted(k for k in vars(Grows) if not k.startswith("__")))


# A failing __set_name__ is wrapped in RuntimeError naming the attribute.
class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)


try:
    class Fails:
        ok = Adder()
        bad = Broken()
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
