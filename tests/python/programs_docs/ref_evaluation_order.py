# Language reference: evaluation order, operator precedence, augmented assignment targets, chained comparisons, conditional expressions.
def v(name, value=None):
    print('eval', name)
    return name if value is None else value
v('a'), v('b'), v('c')
print(v('x', 1) + v('y', 2) * v('z', 3))
d = {}
d[v('key', 'k')] = v('value', 1)
print(d)
class Obj:
    pass
o = Obj()
o.n = 1
v('target', o).n += v('increment', 10)
print(o.n)
lst = [0, 0]
lst[v('index', 1)] += v('amount', 5)
print(lst)
x = y = [v('shared', 7)]
print(x is y)
a, b = b, a = 1, 2
print(a, b)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
print(v('f', 1) < v('g', 2) < v('h', 0) < v('never', 5))
print(v('cond', True) and v('then', 'yes') or v('other', 'no'), v('l', 0) or v('r', 'right'))
print(v('t', 'T') if v('test', False) else v('e', 'E'))
print(-2 ** 2, (-2) ** 2, 2 ** -1, not 1 == 2, 1 + 2 * 3 ** 2, 7 // 2 * 2, 7 % 3 ** 2, 1 << 2 + 1, 6 & 3 | 4 ^ 1, ~5 + 1)
print(1 if 0 else 2 if 0 else 3, (lambda: 1 or 2)(), [1, 2] * 2 + [3], 'a' 'b' * 2, 2 * 3 % 4, -7 // 2 ** 1)
print(1 < 2 == 2 > 1, 1 == 1.0 is not None, 'a' < 'b' in ['b'], (1, 2) == (1, 2) != (2, 1), 3 is not 4 if False else 'skip')
def f(a=v('default a', 1), *, b=v('default b', 2)):
    return a + b
print(f())
def deco(name):
    print('make decorator', name)
    def apply(fn):
        print('apply decorator', name)
        return fn
    return apply
@deco('outer')
@deco('inner')
def g():
    pass
print({v('k1', 'a'): v('v1', 1), v('k2', 'b'): v('v2', 2)})
print([v('item', 1), *v('star', [2, 3]), v('last', 4)], {**{'p': 1}, 'q': 2})
print(v('callee', print)(v('arg1', 'A'), v('arg2', 'B'), sep=v('sep', '-')))
print(min(v('m1', 3), v('m2', 1)), (v('walrus', 5) if (w := v('assign', 9)) else 0), w)
