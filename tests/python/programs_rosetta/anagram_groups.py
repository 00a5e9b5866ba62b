from collections import defaultdict

words = """abel able bale bela elba alger glare lager large regal
angel angle galen glean lange caret carte cater crate trace
elan lane lean lena neal evil levi live veil vile
alert alter later ratel taler enlist listen silent tinsel inlets
stone tones notes onset seton""".split()

groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w))].append(w)

biggest = max(len(g) for g in groups.values())
for key in sorted(groups):
    g = groups[key]
    if len(g) == biggest:
        print(" ".join(g))
print("groups:", len(groups), "largest:", biggest)

# deranged anagrams: no letter in the same position
def deranged(a, b):
    return all(x != y for x, y in zip(a, b))

best = max(((a, b) for g in groups.values() for i, a in enumerate(g) for b in g[i + 1:]
            if deranged(a, b)), key=lambda p: (len(p[0]), p))
print("longest deranged:", best)
