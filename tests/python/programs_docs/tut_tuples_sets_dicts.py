# Tutorial 5.3-5.5: tuples and sequences, sets, dictionaries.
t = 12345, 54321, 'hello!'
print(t[0], t)
u = t, (1, 2, 3, 4, 5)
print(u)
try:
    t[0] = 88888
except TypeError as e:
    print('TypeError:', e)
v = ([1, 2, 3], [3, 2, 1])
v[0].append(4)
print(v)
empty = ()
singleton = 'hello',
print(len(empty), len(singleton), singleton)
x, y, z = t
print(x, y, z)
basket = {'apple', 'orange', 'apple', 'pear', 'orange', 'banana'}
print(sorted(basket), 'orange' in basket, 'crabgrass' in basket)
a = set('abracadabra')
b = set('alacazam')
print(sorted(a), sorted(a - b), sorted(a | b), sorted(a & b), sorted(a ^ b))
print(set(), {1, 2, 3}, frozenset([1]))
tel = {'jack': 4098, 'sape': 4139}
tel['guido'] = 4127
print(tel, tel['jack'])
del tel['sape']
tel['irv'] = 4127
print(tel, list(tel), sorted(tel), 'guido' in tel, 'jack' not in tel)
print(dict([('sape', 4139), ('guido', 4127), ('jack', 4098)]))
print(dict(sape=4139, guido=4127, jack=4098))
try:
    tel['nobody']
except KeyError as e:
    print('KeyError:', e)
print(tel.get('nobody'), tel.get('nobody', 0))
