# A tiny calculator applying every operator to pairs of mismatched values.
import operator

ops = [
    ("+", operator.add), ("-", operator.sub), ("*", operator.mul), ("/", operator.truediv),
    ("//", operator.floordiv), ("%", operator.mod), ("**", operator.pow), ("@", operator.matmul),
    ("<<", operator.lshift), (">>", operator.rshift), ("&", operator.and_), ("|", operator.or_),
    ("^", operator.xor),
]
pairs = [(3, "3"), ("ab", 2), ([1], (1,)), (1.5, None), ({1}, [1]), (b"x", "x"), (2, 3j), ({"a": 1}, {"b": 2})]

for a, b in pairs:
    print(f"--- {a!r} and {b!r}")
    for sym, fn in ops:
        try:
            r = fn(a, b)
            print(f"  {sym:>2} -> {r!r}")
        except Exception as e:
            print(f"  {sym:>2} {type(e).__name__}: {e}")

unary = [("-", operator.neg), ("+", operator.pos), ("~", operator.invert), ("abs", abs)]
for v in ["s", [1], 2.5, None, True, 3j, {1}]:
    for sym, fn in unary:
        try:
            print(sym, repr(v), "->", repr(fn(v)))
        except TypeError as e:
            print(sym, repr(v), "TypeError:", e)

augmented = [
    "x = 1; x += 'a'", "x = 'a'; x -= 'b'", "x = [1]; x *= 2.0", "x = (1,); x += [2]",
    "x = {1}; x |= [2]", "x = {'a': 1}; x |= [('b', 2)]", "x = 5; x //= 'a'", "x = 2; x **= None",
    "x = 7; x %= []", "x = 8; x >>= 1.0", "x = 8; x <<= 'a'", "x = b'a'; x += 'b'", "x = 3; x @= 3",
    "x = 3; x &= 1.0", "x = 3; x ^= 'x'", "x = 1.5; x |= 1",
]
for src in augmented:
    ns = {}
    try:
        exec(src, ns)
        print(src, "->", repr(ns["x"]))
    except TypeError as e:
        print(src, "->", e)

d = {"a": 1}
d |= [("b", 2)]
print(d)
total = 0
for item in [1, 2, "3", 4]:
    total += item
print(total)
