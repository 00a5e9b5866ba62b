# Counter.total() and rich comparisons between Counters (3.10).
from collections import Counter

c = Counter("abracadabra")
print(c.total(), sum(c.values()), Counter().total())
a, b = Counter(x=1, y=2), Counter(x=1, y=3)
print(a <= b, a < b, b >= a, a == Counter(x=1, y=2, z=0), a != b, Counter(x=1) < Counter(x=1))
print(Counter(x=1) == Counter(x=1, z=0), Counter() <= Counter(q=0))
print(sorted((c - Counter("aaa")).items()), +Counter(a=-1, b=2), -Counter(a=-1, b=2))
try:
    a < {"x": 5}
except TypeError as e:
    print("TypeError:", e)
print(c.most_common(2), sorted(c.elements())[:4])
