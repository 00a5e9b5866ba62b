import bisect
class SortedList:
    def __init__(self, items=()):
        self._items = sorted(items)
    def add(self, x):
        bisect.insort(self._items, x)
    def remove(self, x):
        i = bisect.bisect_left(self._items, x)
        if i == len(self._items) or self._items[i] != x:
            raise ValueError('%r not in list' % (x,))
        del self._items[i]
    def count_range(self, lo, hi):
        return bisect.bisect_right(self._items, hi) - bisect.bisect_left(self._items, lo)
    def __repr__(self):
        return 'SortedList(%r)' % (self._items,)
s = SortedList([5, 1, 4])
for v in [3, 3, 9, 0, 4.5]:
    s.add(v)
print(s)
s.remove(3); print(s, s.count_range(1, 4), s.count_range(10, 20))
try:
    s.remove(7)
except ValueError as e:
    print('ValueError:', e)
names = []
for n in ['mike', 'alice', 'zed', 'bob', 'alice']:
    bisect.insort_right(names, n)
print(names, bisect.bisect(names, 'alice'), bisect.bisect_left(names, 'alice'))
fl = [0.5, 1.5, 2.5]
bisect.insort(fl, 1.5); bisect.insort(fl, 2); print(fl)
t = (1, 2, 4, 8)
print(bisect.bisect(t, 5), bisect.bisect_left(range(0, 100, 10), 35))
