# Which objects count as sequences and mappings for match: registration with the ABCs counts.
import collections.abc as abc
import array


class Deck(abc.Sequence):
    def __init__(self, cards):
        self.cards = cards

    def __getitem__(self, i):
        return self.cards[i]

    def __len__(self):
        return len(self.cards)


class Registered:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return ["r0", "r1"][i]


abc.Sequence.register(Registered)


class Config(abc.Mapping):
    def __init__(self, **kw):
        self.kw = kw

    def __getitem__(self, k):
        return self.kw[k]

    def __iter__(self):
        return iter(self.kw)

    def __len__(self):
        return len(self.kw)


for subject in [Deck(["A", "K", "Q"]), Registered(), array.array("i", [7, 8]), range(2),
                memoryview(b"ab"), Config(mode="fast", level=3), iter([1, 2])]:
    match subject:
        case [first, *rest]:
            print(type(subject).__name__, "sequence", first, rest)
        case {"mode": m, **rest}:
            print(type(subject).__name__, "mapping", m, rest)
        case _:
            print(type(subject).__name__, "neither")
