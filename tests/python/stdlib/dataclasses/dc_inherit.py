from dataclasses import dataclass, field, fields


@dataclass
class Base:
    x: int
    y: int = 1

    def total(self):
        return self.x + self.y


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


d = Derived()
print(d, d.total())
print([f.name for f in fields(Derived)])
print(Derived(1, 2, 3))


@dataclass
class NotOverridden(Base):
    pass


print(NotOverridden(4))


class Mixin:
    def hello(self):
        return 'hello ' + repr(self)


@dataclass
class WithMixin(Mixin, Base):
    w: str = 'w'


print(WithMixin(0).hello())

try:
    @dataclass
    class Broken(Base):
        q: int
except TypeError as e:
    print(e)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'Custom!'


print(Custom(1))


@dataclass
class Child(Custom):
    b: int = 0


print(Child(1, 2))


class NotADataclass(Base):
    extra: int = 5


print(NotADataclass(3), [f.name for f in fields(NotADataclass)])


@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    parent: 'Node' = None


root = Node(1)
root.children.append(Node(2, parent=root))
root.parent = root
print(root)
