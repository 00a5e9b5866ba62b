# `is` on constants, as tutorials on `is` versus `==` show it: CPython makes each constant of a
# module once (nested functions included) and interns strings that look like names.
import sys

a = "hello"
b = "hello"
print("same literal:", a is b)


def greeting():
    return "hello"


print("literal in a function:", greeting() is a)

c = "hello world"
d = "hello world"
print("literal with a space:", c is d, c == d)

joined = "".join(["hel", "lo"])
print("built at run time:", joined is a, joined == a)
print("interned:", sys.intern(joined) is a)

spaced = " ".join(["hello", "world"])
print("built with a space:", spaced is c, sys.intern(spaced) is sys.intern(c))

x = 1000
y = 1000
print("equal int constants:", x is y)
small1 = 200
small2 = 100 + 100
print("small ints:", small1 is small2)

t1 = (1, 2, ("a", 3.5))
t2 = (1, 2, ("a", 3.5))
print("constant tuples:", t1 is t2)
n = 2
t3 = (1, n)
t4 = (1, n)
print("tuples built at run time:", t3 is t4, t3 == t4)

zero = 0.0
negative_zero = -0.0
print("0.0 and -0.0:", zero is negative_zero, zero == negative_zero)
one_int = 1
one_float = 1.0
print("1 and 1.0:", one_int is one_float, one_int == one_float)
