from operator import itemgetter
g = itemgetter(1)
print(g('ABCDEFG'), g([10, 20]), repr(g))
h = itemgetter(1, 3, 5)
print(h('ABCDEFG'), repr(h))
print(itemgetter(slice(2, None))('ABCDEFG'))
print(itemgetter('name')({'name': 'Ann'}), repr(itemgetter('a', 'b')))
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)))
print(list(map(itemgetter(0), rows)))
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)
