from functools import total_ordering, cmp_to_key

@total_ordering
class Card:
    ranks = "23456789TJQKA"
    def __init__(self, r, s):
        self.r, self.s = r, s
    def __eq__(self, o):
        if not isinstance(o, Card):
            return NotImplemented
        return self.r == o.r
    def __lt__(self, o):
        if not isinstance(o, Card):
            return NotImplemented
        return self.ranks.index(self.r) < self.ranks.index(o.r)
    def __repr__(self):
        return self.r + self.s

hand = [Card("K", "h"), Card("2", "s"), Card("A", "d"), Card("T", "c"), Card("2", "h")]
print(sorted(hand), max(hand), min(hand))
a, b = Card("Q", "h"), Card("J", "s")
print(a > b, a >= b, a <= b, a < b, a == Card("Q", "s"), a != b)
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= "x"
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Card.__dict__.keys() & {"__gt__", "__le__", "__ge__", "__lt__"}))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)

@total_ordering
class ByGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __eq__(self, o): return self.v == o.v
print(ByGt(1) < ByGt(2), ByGt(2) <= ByGt(2), ByGt(3) >= ByGt(4))

def compare(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words, key=cmp_to_key(compare)))
print(sorted(words, key=cmp_to_key(compare), reverse=True))
K = cmp_to_key(compare)
print(K("ab") < K("abc"), K("b") == K("b"))
try:
    hash(K("a"))
except TypeError as e:
    print(type(e).__name__, e)

class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return f"R{self.v}"
print(sorted([Rev(1), Rev(3), Rev(2)]), max([Rev(1), Rev(3)]), min(Rev(5), Rev(9)))
import heapq
h = []
for v in [5, 1, 4]:
    heapq.heappush(h, Rev(v))
print([heapq.heappop(h) for _ in range(3)])
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2], [1, 5], [1]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([Card("2", "h"), 3])
except TypeError as e:
    print(type(e).__name__, e)
