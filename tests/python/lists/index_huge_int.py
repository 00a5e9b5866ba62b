# Indexing with an int too big for an index raises IndexError("cannot fit 'int' into an
# index-sized integer"), never wraps around; repeating a str or bytes past the largest size is an
# OverflowError, a list or tuple a MemoryError.
import collections

n = 3 ** 1000
data = [10, 20, 30]
for index in [n, -n, 2 ** 63, -2 ** 63, 2 ** 63 - 1, 2 ** 64 + 1]:
    for name, seq in [("list", data), ("tuple", tuple(data)), ("str", "abc"), ("range", range(3)),
                      ("deque", collections.deque(data)), ("bytes", b"abc")]:
        try:
            print(name, seq[index])
        except IndexError as e:
            print(name, "IndexError:", e)
for expr in ['"ab" * 2 ** 62', 'b"ab" * 2 ** 62', 'bytearray(b"ab") * 2 ** 62', '[1, 2] * 2 ** 62',
             '(1, 2) * 2 ** 62', '"" * 2 ** 62', '"ab" * -2 ** 62', 'b"ab" * 2 ** 100']:
    try:
        print(expr, repr(eval(expr)))
    except (OverflowError, MemoryError) as e:
        print(expr, type(e).__name__, e)
for expr in ["bytes(n)", "bytearray(n)", "bytes(-n)", "bytes(-1)"]:
    try:
        print(expr, eval(expr))
    except (OverflowError, ValueError) as e:
        print(expr, type(e).__name__, e)
