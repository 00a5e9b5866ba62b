a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = (1, 2, 3)
print(a, b)
a, *b, c = "x", "y"
print(a, b, c)
a, (b, *c), d = 1, [2, 3, 4], 5
print(a, b, c, d)
[*rest] = range(3)
print(rest)
head, *_ = "hello"
print(head, _)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
