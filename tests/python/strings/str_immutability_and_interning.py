a = "hello"
b = a
a += " world"
print(a, b)
s = "abc"
t = s.upper()
print(s, t)
import sys
x = sys.intern("some_long_identifier_like")
y = sys.intern("some_long_" + "identifier_like")
print(x is y, x == y)
