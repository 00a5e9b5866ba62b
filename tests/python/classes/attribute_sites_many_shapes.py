# One attribute site meeting instances of many layouts: names at the same index (base __init__
# first), at different indexes (set before the base __init__), missing (class attribute or error),
# instances whose __dict__ was asked for, deleted and re-added attributes.
class Base:
    kind = "class-kind"
    count = -1

    def __init__(self, tag):
        self.tag = tag
        self.count = 0


class First(Base):
    def __init__(self, tag):
        super().__init__(tag)
        self.extra = "first"


class Before(Base):
    def __init__(self, tag):
        self.extra = "before"   # tag and count land one place later
        super().__init__(tag)


class Bare(Base):
    def __init__(self, tag):
        self.tag = tag          # no count of its own: reads find Base.count


def describe(o):
    # the same sites for every object
    return "%s %s %s" % (o.tag, o.count, o.kind)


def bump(o):
    o.count += 1
    return o.count


objs = [Base("b"), First("f"), Before("x"), Bare("n"), First("f2"), Before("x2")]
vars(objs[4])                   # asks for the dict: this one leaves the shared layout
del objs[5].count               # falls back to the class attribute
objs[5].count = 40              # and comes back at a new place
for round_ in range(3):
    print([describe(o) for o in objs])
    print([bump(o) for o in objs])

objs[1].kind = "own-kind"       # shadows the class attribute on one instance
print([o.kind for o in objs])
del objs[1].kind
print([o.kind for o in objs])

for o in objs:
    try:
        print(o.extra)
    except AttributeError as e:
        print("AttributeError:", e)

Base.kind = "changed"           # a class change is seen by every site
print([describe(o) for o in objs])
print(sorted(vars(objs[2]).items()), sorted(vars(objs[3]).items()))


# A method call site: instances that shadow the method with their own callable, among many that do not.
class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return "hello " + self.name


people = [Greeter("p%d" % i) for i in range(6)]
for i, p in enumerate(people):
    for j in range(i):
        setattr(p, "attr%d" % j, j)        # six different layouts
people[3].hello = lambda: "shadowed by the instance"
people[5].__dict__["hello"] = lambda: "shadowed through __dict__"
for round_ in range(3):
    print([p.hello() for p in people])
del people[3].hello
print([p.hello() for p in people])
