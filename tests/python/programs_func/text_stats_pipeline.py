import re
from collections import Counter, defaultdict, OrderedDict
from itertools import groupby, chain, islice, accumulate
from operator import itemgetter

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

words = re.findall(r"[a-z']+", TEXT.lower())
counts = Counter(words)
print(len(words), len(counts))
print(counts.most_common(5))
print(counts["was"], counts["missing"], counts.get("missing", "n/a"))
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for n in sorted(by_len):
    print(n, by_len[n])
first_letters = sorted(words, key=itemgetter(0))
print([(k, len(list(g))) for k, g in groupby(first_letters, key=itemgetter(0))])
lines = TEXT.splitlines()
print([len(l.split()) for l in lines], list(accumulate(len(l.split()) for l in lines)))
print(list(islice(chain.from_iterable(l.split() for l in lines), 3, 8)))
c2 = Counter(w for w in words if len(w) > 5)
print(sorted(c2.items()), c2.total())
print((counts - Counter({"it": 9, "was": 5}))["it"], (counts & Counter(it=2))["it"], (counts | Counter(zzz=1))["zzz"])
pairs = Counter(zip(words, words[1:]))
print(pairs.most_common(3))
print(Counter("mississippi").most_common(), sorted(Counter("mississippi").elements()))
c = Counter(a=3, b=1)
c.subtract(a=1, b=2, c=1)
print(c, +c, -c)
c.update(["a", "a", "d"])
print(c, sorted(c))
od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(repr(Counter()), repr(Counter({"x": 0})), Counter("aab") == Counter("aba"))
sentence_lengths = [len(s.split()) for s in re.split(r"[,.]\s*", TEXT) if s]
print(sentence_lengths, max(sentence_lengths), sum(sentence_lengths) / len(sentence_lengths))
