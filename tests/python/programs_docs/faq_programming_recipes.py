# Programming FAQ: output parameters, higher-order functions, copies, int formatting, removing duplicates, Schwartzian transform.
def func1(a, b):
    a = 'new-value'
    b = b + 1
    return a, b
x, y = 'old-value', 99
print(func1(x, y), x, y)
def func2(a):
    a[0] = 'new-value'
    a[1] = a[1] + 1
args = ['old-value', 99]
func2(args)
print(args)
class Namespace:
    def __init__(self, /, **args):
        for key, value in args.items():
            setattr(self, key, value)
def func4(args):
    args.a = 'new-value'
    args.b = args.b + 1
ns = Namespace(a='old-value', b=99)
func4(ns)
print(vars(ns))
def linear(a, b):
    def result(x):
        return a * x + b
    return result
class Linear:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __call__(self, x):
        return self.a * x + self.b
taxes = linear(0.3, 2)
print(taxes(10e6), Linear(0.3, 2)(10e6) == taxes(10e6))
class Counter:
    value = 0
    def set(self, x):
        self.value = x
    def up(self):
        self.value = self.value + 1
    def down(self):
        self.value = self.value - 1
count = Counter()
inc, dec, reset = count.up, count.down, count.set
inc(); inc(); dec()
print(count.value)
reset(10)
print(count.value)
import copy
d = {'a': [1]}
newdict = d.copy()
deep = copy.deepcopy(d)
d['a'].append(2)
print(newdict, deep, [1, 2][:])
print(f'{1234:08d}', '{:8.3f}'.format(3.14159), f'{0xff:#06x}', format(255, 'b'), int('0x10', 16), int('0o777', 8), int('0b1010', 2), int('010', 10), hex(255), oct(8))
try:
    int('0777', 0)
except ValueError as e:
    print('ValueError:', e)
print(eval('0o777'), str(144), repr(1.0 / 3), '{:.4}'.format(1.0 / 3))
import io
sio = io.StringIO()
for piece in ['a', 'b', 'c']:
    sio.write(piece)
print(sio.getvalue(), ''.join(['x', 'y']), '\n'.join(['row1', 'row2']).split('\n'))
mylist = [3, 1, 3, 2, 1, 5]
mylist.sort()
last = mylist[-1]
for i in range(len(mylist) - 2, -1, -1):
    if last == mylist[i]:
        del mylist[i]
    else:
        last = mylist[i]
print(mylist, list(set([3, 1, 3])), list(dict.fromkeys([3, 1, 3, 2])))
mylist = [1, 5, 2, 9, 4]
mylist[:] = filter(lambda v: v > 2, mylist)
print(mylist, [v for v in mylist if v % 2], sum(1 for _ in mylist))
lisa = ['adam', 'Eve', 'carl']
print(sorted(lisa, key=lambda s: s.lower()))
Isorted = [x[1] for x in sorted([(s[1:3], s) for s in ['xbza', 'yaab', 'zccx']])]
print(Isorted)
list1 = ['what', 'I\'m', 'sorting', 'by']
list2 = ['something', 'else', 'to', 'sort']
pairs = zip(list1, list2)
pairs = sorted(pairs)
print([x[1] for x in pairs])
print(list(map(str.upper, ['a', 'b'])), [getattr(o, 'real') for o in [1, 2.5, 3j]])
def f(x, *args, **kwargs):
    kwargs['width'] = '14.3c'
    return g(x, *args, **kwargs)
def g(x, *args, **kwargs):
    return x, args, kwargs
print(f(1, 2, height=3))
print("spam".startswith("sp"), 'abc'[::-1], ' '.join(reversed('one two three'.split())), ''.join(sorted('hello')))
