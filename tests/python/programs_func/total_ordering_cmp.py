from functools import total_ordering, cmp_to_key

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.2.0", "1.10", "1.2", "0.9.9", "1.2.0"]]
print(sorted(vs))
print(Version("1.0") <= Version("1.0"), Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.1"))
print(max(vs), min(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.2.0"))
try:
    Version("1.0") < 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    Version("1.0") >= "x"
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(["__ge__", "__gt__", "__le__", "__lt__"]) == sorted(k for k in vars(Version) if k in ("__ge__", "__gt__", "__le__", "__lt__")))

@total_ordering
class Card:
    order = "23456789TJQKA"
    def __init__(self, rank):
        self.rank = rank
    def __eq__(self, other):
        return self.rank == other.rank
    def __gt__(self, other):
        return self.order.index(self.rank) > self.order.index(other.rank)
    def __repr__(self):
        return self.rank

hand = [Card(r) for r in "K3TA9"]
print(sorted(hand), sorted(hand, reverse=True))
print(Card("2") < Card("3"), Card("Q") <= Card("J"))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)

def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(compare_len_then_alpha)))
print(sorted(words, key=cmp_to_key(lambda a, b: compare_len_then_alpha(b, a))))

def numeric_desc(a, b):
    return b - a
print(sorted([5, 2, 9, 1], key=cmp_to_key(numeric_desc)))
K = cmp_to_key(numeric_desc)
print(K(1) < K(2), K(1) == K(1), K(3) > K(2))
print(type(K(1)).__name__)
try:
    hash(K(1))
except TypeError as e:
    print(type(e).__name__, e)

def largest_number(nums):
    strs = [str(n) for n in nums]
    strs.sort(key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
    return "".join(strs).lstrip("0") or "0"

print(largest_number([3, 30, 34, 5, 9]))
print(largest_number([0, 0]))
