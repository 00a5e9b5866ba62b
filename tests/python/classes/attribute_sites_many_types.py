# Attribute reads, writes, augmented assignments and method calls at sites that meet many classes
# (more than any site remembers one by one), while some of those classes change.
class Base:
    unit = "cm"

    def __init__(self, size):
        self.size = size

    def area(self):
        return self.size * self.size

    def describe(self):
        return "%s %s%s" % (type(self).__name__, self.area(), self.unit)


def make(i):
    ns = {"sides": i}
    if i % 3 == 0:
        ns["area"] = lambda self: self.size * i
    return type("Shape%d" % i, (Base,), ns)


classes = [make(i) for i in range(9)]


class WithProperty(Base):
    @property
    def size(self):
        return 7

    @size.setter
    def size(self, v):
        pass


class WithSlots(Base):
    __slots__ = ("size",)


class WithHook(Base):
    def __getattr__(self, name):
        return "hooked " + name


classes += [WithProperty, WithSlots, WithHook]
objs = [c(i + 1) for i, c in enumerate(classes)]


def visit(objs):
    out = []
    for o in objs:
        o.size += 1            # augmented attribute: read and write sites
        out.append(o.describe())
        out.append(o.size)
    return out


for round_ in range(3):
    print(visit(objs))

Base.unit = "mm"                    # every class sees it
classes[4].area = lambda self: -1   # one class gets a new method
objs[2].describe = lambda: "instance-level describe"
print(visit(objs))
del classes[4].area
del objs[2].describe
print(visit(objs))
print(objs[-1].missing, [getattr(o, "sides", None) for o in objs])
try:
    objs[0].nothing
except AttributeError as e:
    print("AttributeError:", e)
