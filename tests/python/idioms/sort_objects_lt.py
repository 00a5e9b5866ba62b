class Version:
    def __init__(self, text):
        self.text = text
        self.parts = tuple(int(p) for p in text.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return f"v{self.text}"

versions = [Version(v) for v in ["1.10.0", "1.2.0", "1.2", "0.9.9", "2.0", "1.2.10"]]
print(sorted(versions))
print(max(versions), min(versions))
print(Version("1.0") < Version("1.0.1"), Version("3.1") > Version("3.0"))
print(sorted(["1.10", "1.9", "1.2"]), sorted(["1.10", "1.9", "1.2"], key=lambda s: [int(x) for x in s.split(".")]))
class Card:
    order = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __lt__(self, o):
        return self.order.index(self.rank) < self.order.index(o.rank)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(c) for c in ["KH", "2C", "AS", "TD", "5H"]]
hand.sort()
print(hand)
