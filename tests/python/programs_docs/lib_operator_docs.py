# operator: itemgetter/attrgetter/methodcaller, in-place operators, and the mapping table.
import operator
from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple
d = {}
keys = range(256)
vals = map(chr, keys)
list(map(operator.setitem, [d] * 256, keys, vals))
print(d[65], len(d))
print(list(filter(operator.truth, [0, 1, '', 'x', None])))
print(itemgetter(1)('ABCDEFG'), itemgetter(1, 3, 5)('ABCDEFG'), itemgetter(slice(2, None))('ABCDEFG'))
soldier = dict(rank='captain', name='dotterbart')
print(itemgetter('rank')(soldier))
inventory = [('apple', 3), ('banana', 2), ('pear', 5), ('orange', 1)]
getcount = itemgetter(1)
print(list(map(getcount, inventory)), sorted(inventory, key=getcount))
Person = namedtuple('Person', 'name address')
Address = namedtuple('Address', 'city zip')
people = [Person('ann', Address('Oslo', 1)), Person('bo', Address('Bergen', 2))]
f = attrgetter('name', 'address.city')
print([f(p) for p in people], sorted(people, key=attrgetter('address.zip'), reverse=True)[0].name)
f = methodcaller('rsplit', '-', 1)
print(f('a-b-c'), methodcaller('name')  if False else methodcaller('upper')('abc'))
print(repr(itemgetter(1, 'a')), repr(attrgetter('x.y')), repr(methodcaller('foo', 1, k=2)))
a = 'hello'
print(operator.iadd(a, ' world'), a)
s = ['h', 'e', 'l', 'l', 'o']
r = operator.iadd(s, [' ', 'w'])
print(r is s, s)
print(operator.add(1, 2), operator.concat([1], [2]), operator.contains('abc', 'b'), operator.countOf([1, 2, 1], 1))
print(operator.indexOf('abc', 'c'), operator.is_(None, None), operator.is_not(1, None), operator.neg(5), operator.pos(-2))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 2), operator.pow(2, 10), operator.lshift(1, 4))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.not_(0))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.getitem([1, 2, 3], slice(0, 2)), operator.length_hint(iter(range(7))), operator.index(7))
l = [1, 2, 3]
operator.delitem(l, 0)
operator.setitem(l, 0, 'x')
print(l, operator.matmul.__name__, operator.__lt__ is operator.lt)
try:
    operator.index(1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    itemgetter()
except TypeError as e:
    print('TypeError:', e)
