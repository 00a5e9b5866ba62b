# Built-in types: dictionary views (the dishes example), set and frozenset operations and methods.
dishes = {'eggs': 2, 'sausage': 1, 'bacon': 1, 'spam': 500}
keys = dishes.keys()
values = dishes.values()
n = 0
for val in values:
    n += val
print(n, list(keys), list(values))
del dishes['eggs']
del dishes['sausage']
print(list(keys))
print(keys & {'eggs', 'bacon', 'salad'}, sorted(keys ^ {'sausage', 'juice'}), keys | ['juice', 'juice', 'juice'] == {'bacon', 'spam', 'juice'})
print(keys.isdisjoint({'x'}), values.mapping, keys.mapping['spam'], list(reversed(keys)), 'spam' in keys, ('spam', 500) in dishes.items())
print(type(keys).__name__, type(values).__name__, type(dishes.items()).__name__, len(dishes.items()), repr(dishes.items()))
try:
    for k in dishes:
        dishes[k + '!'] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
d = {"one": 1, "two": 2, "three": 3, "four": 4}
print(d, list(d), list(d.values()), d.pop("two", None), d, list(reversed(d)))
print(dict.fromkeys(['a', 'b'], 0), d | {'five': 5}, {'a': 1}.values() == {'a': 1}.values())
d |= [('six', 6)]
print(d, d.setdefault('seven', 7), d.popitem(), len(d))
a = dict(one=1, two=2, three=3)
b = {'one': 1, 'two': 2, 'three': 3}
c = dict(zip(['one', 'two', 'three'], [1, 2, 3]))
dd = dict([('two', 2), ('one', 1), ('three', 3)])
e = dict({'three': 3, 'one': 1, 'two': 2})
f = dict({'one': 1, 'three': 3}, two=2)
print(a == b == c == dd == e == f)
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print('ValueError:', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
s = {1, 2, 3}
fs = frozenset([2, 3, 4])
print(s | fs, s & fs, s - fs, s ^ fs, fs | s, type(fs | s).__name__, type(s | fs).__name__)
print(s.union([9], (8,)), s.intersection(range(3)), s.difference({1}, {2}), s.symmetric_difference([3, 4]), s.issubset(range(5)), s.issuperset([1]))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set(), set('abc') == frozenset('cba'), frozenset() in {frozenset()})
t = set()
t.add('x'); t.update('yz', ['w']); t.discard('nope'); t.remove('x')
print(sorted(t), t.pop() in 'wyz', len(t))
try:
    t.remove('q')
except KeyError as e:
    print('KeyError:', e)
t = {1, 2, 3, 4}
t &= {2, 3, 4, 5}; t -= {4}; t ^= {3, 9}; t |= {0}
print(t)
t.intersection_update([0, 2]); print(t)
t.difference_update([0]); t.symmetric_difference_update([7]); print(t)
print(set([1, 2]).copy(), frozenset([1]).copy(), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset({1}): 'ok'}[frozenset([1])])
try:
    {[]}
except TypeError as e:
    print('TypeError:', e)
try:
    {1} < [1]
except TypeError as e:
    print('TypeError:', e)
print(repr(set()), repr(frozenset()), repr(frozenset({1})), {1, 2} == {1, 2, 1.0}, set() == frozenset())
