from functools import partial
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
print(square(5), square(5, mod=7))
p = partial(power, 2)
print(p(10), p.args, p.keywords, p.func is power)
q = partial(p, mod=1000)
print(q(10), q.args, q.keywords, q.func is power)
print(repr(partial(max, 1, key=abs)))
basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.__doc__)
class C:
    f = partial(lambda *a: a, 'x')
print(C().f(1))
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)
