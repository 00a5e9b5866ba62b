# Programming FAQ: UnboundLocalError, lambdas in a loop, shared defaults, multidimensional lists, tuple += list, is vs ==.
x = 10
def bar():
    print(x)
bar()
def foo():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
        return
    x = x + 1
foo()
def foobar():
    global x
    print(x)
    x += 1
foobar()
print(x)
def outer():
    y = 10
    def inner():
        nonlocal y
        y += 1
        print(y)
    inner()
    print(y)
outer()
squares = []
for i in range(5):
    squares.append(lambda: i**2)
print(squares[2](), squares[4]())
i = 10
print(squares[2]())
squares = []
for i in range(5):
    squares.append(lambda n=i: n**2)
print(squares[2](), squares[4]())
def mkdict(d={}):
    d[len(d)] = 'x'
    return d
print(mkdict(), mkdict(), mkdict({}))
def expensive(arg1, arg2, *, _cache={}):
    if (arg1, arg2) in _cache:
        return 'cached ' + str(_cache[(arg1, arg2)])
    result = arg1 * arg2
    _cache[(arg1, arg2)] = result
    return result
print(expensive(3, 4), expensive(3, 4))
A = [[None] * 2] * 3
A[0][0] = 5
print(A)
A = [[None] * 2 for i in range(3)]
A[0][0] = 5
print(A)
a_tuple = (1, 2)
try:
    a_tuple[0] += 1
except TypeError as e:
    print('TypeError:', e)
a_tuple = (['foo'], 'bar')
try:
    a_tuple[0] += ['item']
except TypeError as e:
    print('TypeError:', e)
print(a_tuple)
a_tuple[0].extend(['item2'])
print(a_tuple)
a = [1, 2]
b = a
a += [3]
print(b)
a = a + [4]
print(a, b)
print([] is [], [] == [], (1, 2) == (1, 2), None is None, 'a' * 2 == 'aa', 1000 == 10 ** 3, float('nan') in [float('nan')])
n = float('nan')
print(n in [n], n == n, [n] == [n])
class Sentinel:
    pass
_sentinel = object()
def pop(d, key, default=_sentinel):
    if key in d:
        return d.pop(key)
    if default is _sentinel:
        raise KeyError(key)
    return default
print(pop({'a': 1}, 'a'), pop({}, 'b', None))
try:
    pop({}, 'c')
except KeyError as e:
    print('KeyError:', e)
