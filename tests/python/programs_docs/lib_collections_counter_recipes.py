# collections.Counter: the documented examples and multiset operations.
from collections import Counter
import re
cnt = Counter()
for word in ['red', 'blue', 'red', 'green', 'blue', 'blue']:
    cnt[word] += 1
print(cnt)
words = re.findall(r'\w+', 'the cat and the hat and the bat sat on the mat the end')
print(Counter(words).most_common(3))
c = Counter()
c = Counter('gallahad')
print(c)
c = Counter({'red': 4, 'blue': 2})
print(c)
c = Counter(cats=4, dogs=8)
print(c, c['eggs'])
c['sausage'] = 0
del c['sausage']
print(c)
c = Counter(a=4, b=2, c=0, d=-2)
print(sorted(c.elements()), c.total())
print(Counter('abracadabra').most_common(3))
d = Counter(a=1, b=2, c=3, d=4)
c.subtract(d)
print(c)
c = Counter(a=10, b=5, c=0)
print(list(c), set(c) == {'a', 'b', 'c'}, dict(c), c.items(), +c)
print(list(c.most_common()[:-3:-1]), c.most_common(0))
c = Counter(a=3, b=1)
d = Counter(a=1, b=2)
print(c + d, c - d, c & d, c | d, c == d, c <= c + d)
c = Counter(a=2, b=-4)
print(+c, -c)
c.clear()
print(c, repr(Counter()), Counter('aab') == Counter('aba'))
c = Counter(x=1)
c.update('xyy')
c.update({'z': 5})
print(c, Counter(a=1) < Counter(a=1, b=1), Counter(a=0) == Counter())
