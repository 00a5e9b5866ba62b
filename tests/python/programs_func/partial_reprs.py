import functools
import operator

def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r

square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
two_to = functools.partial(power, 2)
modded = functools.partial(power, mod=7)

print(square(5), cube(3), two_to(10), modded(3, 4))
print(repr(square).replace(hex(id(power)), "ADDR").split(" at ")[0])
print(square.func is power, square.args, square.keywords)
print(two_to.args, two_to.keywords)

p = functools.partial(operator.add, 10)
print(repr(p))
print(p(5))
p2 = functools.partial(p, 1)
print(repr(p2), p2())
p3 = functools.partial(print, "a", "b", sep="-")
print(repr(p3))
p3("c")
p4 = functools.partial(sorted, key=len, reverse=True)
print(p4(["aaa", "b", "cc"]))
print(repr(p4))
p5 = functools.partial(p4, key=str.lower)
print(p5(["B", "a", "C"]), p5.keywords)

int2 = functools.partial(int, base=2)
print(int2("1011"), repr(int2))
print(int2("11", base=10))

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = state
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)

c = Cell()
c.set_alive()
print(c._alive)
c.set_dead()
print(c._alive)
print(repr(Cell.__dict__["set_alive"]).split(" at ")[0])

try:
    functools.partial(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.partial()
except TypeError as e:
    print(type(e).__name__, e)

maps = list(map(functools.partial(operator.mul, 3), range(5)))
print(maps)
print(type(square).__name__, callable(square))
sq = functools.partial(pow, exp=2)
print(sq(9))
pl = functools.partial(str.split, sep=",")
print(pl("a,b,c"))
print(repr(functools.partial(dict, a=1, b=2)))
print(functools.partial(dict, a=1)(b=2))
