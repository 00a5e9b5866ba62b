# Functional Programming HOWTO: iterators, generator expressions, send/throw/close, built-ins map/filter/zip, functools.
import itertools, functools, operator

L = [1, 2, 3]
it = iter(L)
print(it.__next__(), next(it), next(it))
a, b, c = iter(L)
print(a, b, c, max(iter(L)), min(iter(L)), 2 in iter(L))
m = {'Jan': 1, 'Feb': 2, 'Mar': 3, 'Apr': 4}
for key in m:
    print(key, m[key], end='; ')
print()
print(dict(iter([('Italy', 'Rome'), ('France', 'Paris'), ('US', 'Washington DC')])))
line_list = ['  line 1\n', 'line 2  \n', ' \n', '']
stripped_iter = (line.strip() for line in line_list)
print(list(stripped_iter), [line.strip() for line in line_list if line.strip() != ''])
seq1, seq2 = 'abc', (1, 2, 3)
print([(x, y) for x in seq1 for y in seq2][:4], len([(x, y) for x in seq1 for y in seq2]))
def generate_ints(N):
    for i in range(N):
        yield i
gen = generate_ints(3)
print(gen.__class__.__name__, next(gen), next(gen), next(gen))
try:
    next(gen)
except StopIteration:
    print('StopIteration')
a, b, c = generate_ints(3)
print(a, b, c)
def inorder(t):
    if t:
        yield from inorder(t[0])
        yield t[1]
        yield from inorder(t[2])
tree = (((None, 1, None), 2, (None, 3, None)), 4, (None, 5, None))
print(list(inorder(tree)))
def counter(maximum):
    i = 0
    while i < maximum:
        val = (yield i)
        if val is not None:
            i = val
        else:
            i += 1
it = counter(10)
print(next(it), next(it), it.send(8), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
def guarded():
    try:
        while True:
            try:
                yield 'working'
            except ValueError as e:
                yield f'handled {e}'
    finally:
        print('cleanup on close')
g = guarded()
print(next(g), g.throw(ValueError('bad')), next(g))
g.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)
def returns():
    yield 1
    return 'done'
r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print('StopIteration value', e.value)
def upper(s):
    return s.upper()
print(list(map(upper, ['sentence', 'fragment'])), [upper(s) for s in ['sentence', 'fragment']])
def is_even(x):
    return (x % 2) == 0
print(list(filter(is_even, range(10))), list(enumerate(['subject', 'verb', 'object'])), list(zip(['a', 'b', 'c'], (1, 2, 3))))
print(sorted([5, 3, 9, 1], reverse=True), any([0, 1, 0]), all([0, 1, 0]), any([]), all([]))
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.repeat('abc', 3)), list(itertools.chain(['a', 'b', 'c'], (1, 2, 3))))
print(list(itertools.islice(range(10), 2, 8, 2)), [list(t) for t in itertools.tee(iter([1, 2]), 2)])
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(itertools.filterfalse(is_even, itertools.islice(itertools.count(), 7))))
print(list(itertools.takewhile(lambda x: x < 3, itertools.count())), list(itertools.dropwhile(is_even, [2, 4, 5, 6])), list(itertools.compress([1, 2, 3, 4, 5], [True, True, False, False, True])))
city_list = [('Decatur', 'AL'), ('Huntsville', 'AL'), ('Selma', 'AL'), ('Anchorage', 'AK'), ('Nome', 'AK'), ('Flagstaff', 'AZ'), ('Phoenix', 'AZ'), ('Tucson', 'AZ')]
for state, group in itertools.groupby(city_list, operator.itemgetter(1)):
    print(state, list(group))
def log(message, subsystem):
    return '%s: %s' % (subsystem, message)
server_log = functools.partial(log, subsystem='server')
print(server_log('Unable to open socket'), functools.reduce(operator.concat, ['A', 'BB', 'C']), functools.reduce(operator.mul, [1, 2, 3], 1))
print(sum(b for a, b in [(1, 2), (3, 4)]), [(lambda x, y: x + y)(1, 2)], list(itertools.accumulate([1, 2, 3, 4])))
