class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        print("Meta.__init__", name)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class Base(metaclass=Meta, tag="base"):
    def method(self): pass
class Child(Base):
    x = 1
print(Base.tag, Child.tag, type(Child).__name__)
obj = Child()
print(type(obj).__name__)
print(isinstance(Child, Meta), isinstance(Child, type))
