# Python 2's `print >>sys.stderr, "x"` is valid Python 3 syntax (a tuple whose first item is
# print >> sys.stderr); CPython's TypeError then hints at print(..., file=...). Only for >>.
import sys

for f in (lambda: print >> 5, lambda: print << 5, lambda: len >> 5):
    try:
        f()
    except TypeError as e:
        print(e)
p = print
try:
    p >>= 1
except TypeError as e:
    print(e)
print("before")
print >>sys.stderr, "hello"
