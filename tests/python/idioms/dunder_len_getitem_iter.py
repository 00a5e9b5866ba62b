class Deck:
    ranks = "A23456789TJQK"
    suits = "SHDC"
    def __init__(self):
        self.cards = [r + s for s in self.suits for r in self.ranks]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, card):
        return card in self.cards

d = Deck()
print(len(d), d[0], d[-1], d[5:8])
print("QH" in d, "ZZ" in d)
print([c for c in d][:4])
print(list(reversed(d))[:3])
print(sorted(d[:5], reverse=True))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        k = self.n
        while k > 0:
            yield k
            k -= 1
print(list(Countdown(4)), sum(Countdown(100)))
print(bool(Deck()), max(Countdown(3)))
