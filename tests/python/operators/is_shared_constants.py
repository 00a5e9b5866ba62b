# CPython merges equal constants of one compilation into one object, folds constant
# expressions and tuples of constants, and interns str constants made of name characters:
# `is` shows it.
import sys

a = 1000
b = 1000
print("ints:", a is b, a == b)
x = 257; y = 257
print("same line:", x is y)
print("computed:", int("1000") is a, 999 + int("1") is a)
print("folded:", 2 ** 10 is 1024 - 0, -5 is -5, (2 ** 62) is (2 ** 62))
f1 = 1.5
f2 = 1.5
print("floats:", f1 is f2, 0.0 is -0.0, 1 is 1.0, True is 1)
s1 = "hello"
s2 = "hello"
s3 = "hello world"
s4 = "hello world"
print("strs:", s1 is s2, s3 is s4)
joined = "".join(["hel", "lo"])
print("interned:", joined is s1, sys.intern(joined) is s1, joined == s1)
t1 = (1, 2, "x")
t2 = (1, 2, "x")
print("tuples:", t1 is t2, (1, (2, 3)) is (1, (2, 3)), (1, 2) is (1.0, 2), () is ())
n = 1
print("not constant:", (n, 2) is (n, 2), [1] is [1])


def f():
    return 1000


def g():
    return 1000


def h():
    return (1000, "hello")


print("across functions:", f() is g(), f() is a, h()[0] is a, h()[1] is s1, h() is h())
print("tuple item:", t1[0] is 1, (1000,)[0] is a)
