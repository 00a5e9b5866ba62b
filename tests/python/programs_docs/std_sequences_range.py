# Built-in types: common sequence operations and their notes, mutable sequence operations, range objects, truth testing.
lists = [[]] * 3
print(lists)
lists[0].append(3)
print(lists)
lists = [[] for i in range(3)]
lists[0].append(3); lists[1].append(5); lists[2].append(7)
print(lists)
s = 'abcdefgh'
print(s[1:100], s[-100:2], s[5:2], s[::3], s[::-3], s[-2::-2], s[None:None:2], 'gh' in s, 'x' not in s, s * 0, s * -1, s.index('d', 2, 6), s.count('a'))
t = (1, 2, 3)
print(t + (4,), t * 2, min(t), max(t), len(t), t.index(2), t.count(3), (1, 2) < (1, 3), [1, 2] == [1, 2], tuple([1, 2]) == (1, 2))
try:
    t.index(9)
except ValueError as e:
    print('ValueError:', e)
try:
    [1] + (2,)
except TypeError as e:
    print('TypeError:', e)
l = list(range(10))
l[2:5] = ['a']
print(l)
del l[::2]
print(l)
l[::2] = 'XYZ'[:len(l[::2])]
print(l)
try:
    l[::2] = [1, 2, 3, 4, 5, 6]
except ValueError as e:
    print('ValueError:', e)
l *= 2
print(l, len(l))
l2 = [3, 1, 2]
l2.extend(range(2))
l2.insert(-1, 'ins')
l2.insert(100, 'end')
print(l2, l2.pop(-2), l2)
print(range(10), list(range(10)), list(range(1, 11)), list(range(0, 30, 5)), list(range(0, 10, 3)), list(range(0, -10, -1)), list(range(0)), list(range(1, 0)))
r = range(0, 20, 2)
print(r, 11 in r, 10 in r, r.index(10), r[5], r[:5], r[-1], r.start, r.stop, r.step, len(r), r.count(4), reversed(r).__class__.__name__)
print(range(0) == range(2, 1, 3), range(0, 3, 2) == range(0, 4, 2), hash(range(0)) == hash(range(2, 1, 3)), range(10**20)[10**19], len(range(-5, 5, 3)))
try:
    range(0, 10, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(10)[10]
except IndexError as e:
    print('IndexError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
for v in [None, False, 0, 0.0, 0j, '', (), [], {}, set(), range(0), b'', True, 1, ' ', [0], (None,), 0.1]:
    print(repr(v), bool(v), end='; ')
print()
class Falsy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 2
print(bool(Falsy()), bool(Sized()), bool(object()), not Falsy(), Falsy() or 'fallback', Sized() and 'second')
print(0 or [] or 'last', 1 and 2 and 3, 1 and 0 and 3, None or 0, 'a' and '', not 'x', not '')
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print('ValueError:', e)
print(int.__mro__, bool.mro(), int.__qualname__, type.__name__, [].__class__.__name__)
