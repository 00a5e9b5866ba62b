from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2), Version(0, 9, 'x'), Version(1, 0), Version(1, 2, 'rc')]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1, 2) <= Version(1, 2))
print(Version(1, 2, 'a') == Version(1, 2, 'b'))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(e)
print(Version.__hash__)

try:
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
except ValueError as e:
    print(e)


@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(H(1)) == hash((1,)), H(1) == H(1))


@dataclass(eq=False)
class Identity:
    a: int


i = Identity(1)
print(i == Identity(1), hash(i) == hash(i), Identity.__hash__ is object.__hash__)


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 42


print(hash(ExplicitHash(1)))


@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    a: int


print(FrozenNoEq.__hash__ is object.__hash__)


@dataclass
class CustomEq:
    a: int

    def __eq__(self, other):
        return True


print(CustomEq(1) == CustomEq(2), CustomEq.__hash__)
