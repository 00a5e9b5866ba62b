import json

class JsonMixin:
    def to_json(self):
        return json.dumps(self.to_dict(), sort_keys=True)

class DictMixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}

class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(self.to_dict().items()))
        return f"{type(self).__name__}({fields})"

class ComparableMixin:
    def _key(self):
        raise NotImplementedError
    def __eq__(self, o):
        return type(self) is type(o) and self._key() == o._key()
    def __lt__(self, o):
        return self._key() < o._key()
    def __hash__(self):
        return hash(self._key())

class LoggedMixin:
    log = []
    def __setattr__(self, name, value):
        LoggedMixin.log.append((type(self).__name__, name))
        super().__setattr__(name, value)

class User(LoggedMixin, ReprMixin, JsonMixin, DictMixin, ComparableMixin):
    def __init__(self, name, email, age):
        self.name = name
        self.email = email
        self.age = age
        self._secret = "x"
    def _key(self):
        return (self.age, self.name)

users = [User("bob", "b@x", 30), User("amy", "a@x", 25), User("cat", "c@x", 30)]
print(users)
print(sorted(users))
print(users[0].to_json())
print(users[1] == User("amy", "z@x", 25), len(set(users + [User("bob", "", 30)])))
print(LoggedMixin.log[:5], len(LoggedMixin.log))
print([c.__name__ for c in User.__mro__])

class Base:
    def __init__(self, **kw):
        self.extra = kw
        print("Base.__init__ leftover", kw)
class Named(Base):
    def __init__(self, name="?", **kw):
        self.name = name
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age=0, **kw):
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
p = Person(name="zed", age=40, city="Oslo")
print(p.name, p.age, p.extra, [c.__name__ for c in Person.__mro__])

class Stackable:
    def process(self, x):
        return x
class Double(Stackable):
    def process(self, x):
        return super().process(x) * 2
class Inc(Stackable):
    def process(self, x):
        return super().process(x) + 1
class DI(Double, Inc):
    pass
class ID(Inc, Double):
    pass
print(DI().process(5), ID().process(5))
print(super(Double, DI()).process(5), super(Inc, DI()).process(5))
class Sq(DI):
    def process(self, x):
        r = super().process(x)
        return r * r
print(Sq().process(1), [k.__name__ for k in Sq.__mro__])
