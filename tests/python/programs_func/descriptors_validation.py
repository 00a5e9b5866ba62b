class Validated:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)

    def validate(self, value):
        pass

class Number(Validated):
    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue = minvalue
        self.maxvalue = maxvalue

    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.public} must be a number, got {type(value).__name__}")
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError(f"{self.public}={value!r} is below {self.minvalue!r}")
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError(f"{self.public}={value!r} is above {self.maxvalue!r}")

class OneOf(Validated):
    def __init__(self, *options):
        self.options = set(options)

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.public} must be one of {sorted(self.options)}, got {value!r}")

class String(Validated):
    def __init__(self, minsize=0, predicate=None):
        self.minsize = minsize
        self.predicate = predicate

    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"expected {value!r} to be a str")
        if len(value) < self.minsize:
            raise ValueError(f"{self.public} too short: {len(value)} < {self.minsize}")
        if self.predicate and not self.predicate(value):
            raise ValueError(f"{self.predicate.__name__} rejected {value!r}")

class Component:
    name = String(minsize=2, predicate=str.isupper)
    kind = OneOf("wood", "metal", "plastic")
    quantity = Number(minvalue=0)
    weight = Number(0.0, 100.0)

    def __init__(self, name, kind, quantity, weight=1.0):
        self.name = name
        self.kind = kind
        self.quantity = quantity
        self.weight = weight

    def __repr__(self):
        return f"Component({self.name!r}, {self.kind!r}, {self.quantity!r}, {self.weight!r})"

c = Component("WIDGET", "metal", 5)
print(c, vars(c))
tests = [
    ("Widget", "metal", 5),
    ("W", "metal", 5),
    ("WIDGET", "paper", 5),
    ("WIDGET", "metal", -5),
    ("WIDGET", "metal", "5"),
    (42, "metal", 5),
    ("WIDGET", "wood", 1, 250),
]
for args in tests:
    try:
        print(Component(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(type(Component.__dict__["name"]).__name__, Component.name.public, Component.quantity.private)
print(isinstance(Component.kind, Validated), Component.kind.options == {"wood", "metal", "plastic"})

class ReadOnly:
    def __init__(self, value):
        self.value = value
    def __get__(self, obj, objtype=None):
        return self.value
    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

class Holder:
    ro = ReadOnly(10)
    nd = NonData()

h = Holder()
print(h.ro, h.nd)
h.__dict__["ro"] = 99
h.__dict__["nd"] = "from instance"
print(h.ro, h.nd)
try:
    h.ro = 5
except AttributeError as e:
    print(type(e).__name__, e)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value

class Report:
    def __init__(self, rows):
        self.rows = rows
    @Lazy
    def summary(self):
        "Summarize the rows."
        print("  (computing summary)")
        return {"count": len(self.rows), "total": sum(self.rows)}

r = Report([4, 5, 6])
print(r.summary, r.summary, Report.summary.__doc__, "summary" in vars(r))
