from dataclasses import dataclass, FrozenInstanceError, field
import dataclasses

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9, 9), Version(1, 2, 0)]
print(sorted(vs))
print([str(v) for v in sorted(vs, reverse=True)])
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 99))
print(hash(Version(1, 2)) == hash(Version(1, 2)))
print(len({Version(1, 2), Version(1, 2, 0), Version(3)}))
v = Version(3, 1)
try:
    v.major = 4
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del v.minor
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print(issubclass(FrozenInstanceError, AttributeError))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print(type(e).__name__, e)
print(Version(1) == (1, 0, 0))
print(max(vs), min(vs))

@dataclass(eq=False)
class Node:
    val: int
n1, n2 = Node(1), Node(1)
print(n1 == n2, n1 == n1)

@dataclass(unsafe_hash=True)
class P:
    x: int
    y: int = field(hash=False, default=0)
print(hash(P(1, 2)) == hash(P(1, 3)))

@dataclass
class Mutable:
    x: int
print(Mutable.__hash__)
try:
    hash(Mutable(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True)
    class O:
        x: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__, e)
v.major = 5
