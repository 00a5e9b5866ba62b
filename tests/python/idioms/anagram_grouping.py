words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(key, members)

def is_anagram(a, b):
    clean = lambda s: sorted(s.replace(" ", "").lower())
    return clean(a) == clean(b)
print(is_anagram("Dormitory", "Dirty room"), is_anagram("abc", "abd"))

def letter_counts(s):
    counts = {}
    for c in s:
        counts[c] = counts.get(c, 0) + 1
    return counts
print(letter_counts("banana") == letter_counts("nabana"))
