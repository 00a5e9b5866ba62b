# Arithmetic and comparison of floats with ints in either order: the int is converted with
# correct rounding, ints beyond 2**53 compare exactly, huge ints overflow, zero divisors raise.
import math

ints = [0, 1, -1, 7, -7, 2**31, 2**53 - 1, 2**53, 2**53 + 1, -(2**53) - 1, 2**62 + 1, -(2**63), 2**63 - 1]
floats = [0.0, -0.0, 0.5, -2.5, 3.0, 1e300, float(2**53), float("inf"), float("-inf"), float("nan")]

def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, repr(r))

for i in ints:
    for x in floats:
        show("%r + %r" % (i, x), lambda: i + x)
        show("%r - %r" % (x, i), lambda: x - i)
        show("%r * %r" % (i, x), lambda: i * x)
        show("%r / %r" % (x, i), lambda: x / i)
        show("%r / %r" % (i, x), lambda: i / x)
        show("%r // %r" % (x, i), lambda: x // i)
        show("%r %% %r" % (i, x), lambda: i % x)
        show("%r < %r" % (i, x), lambda: (i < x, i <= x, i == x, i != x, i > x, i >= x))
        show("%r < %r" % (x, i), lambda: (x < i, x <= i, x == i, x != i, x > i, x >= i))

for base, exp in [(2, 0.5), (-8, 1 / 3), (-8.0, 2), (0, -1.0), (0.0, -1), (10, 400.0), (2.0, 10), (-2.0, 3),
                  (1, float("nan")), (float("nan"), 0), (-1, 0.5), (3, -2.0), (2**70, 0.5)]:
    show("%r ** %r" % (base, exp), lambda: base ** exp)

huge = 10**400
show("huge + 1.0", lambda: huge + 1.0)
show("1.0 < huge", lambda: 1.0 < huge)
show("inf > huge", lambda: float("inf") > huge)
show("2**64 + 0.5", lambda: 2**64 + 0.5)
show("(2**64 + 1) == 2.0**64", lambda: (2**64 + 1) == 2.0**64)

class F(float):
    def __add__(self, other):
        return "F.__add__"
    def __radd__(self, other):
        return "F.__radd__"

class I(int):
    def __truediv__(self, other):
        return "I.__truediv__"

show("1 + F(2)", lambda: 1 + F(2))
show("F(2) + 1", lambda: F(2) + 1)
show("I(6) / 2.0", lambda: I(6) / 2.0)
show("2.0 / I(4)", lambda: 2.0 / I(4))
show("True + 0.5", lambda: True + 0.5)
show("0.5 < True", lambda: 0.5 < True)
show("type(3 * 1.5)", lambda: type(3 * 1.5).__name__)
show("math.isclose(0.1 * 3, 0.3)", lambda: math.isclose(0.1 * 3, 0.3))
x = 5
x /= 2.0
x += 1
x **= 2
x %= 3
x //= 0.5
show("augmented", lambda: x)
y = 7
y //= 2.0
z = 7.5
z %= 2
w = 3
w **= 0.5
v = -8
v **= 1 / 3
u = 2
u **= 10
show("in-place", lambda: (y, z, w, v, u))
n = 10
n //= 3
n %= 2
show("in-place ints", lambda: n)
