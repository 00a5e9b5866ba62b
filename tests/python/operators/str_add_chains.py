# Chains of + with str literals: the same values, identities, errors and order as one + at a time.
log = []

def v(x):
    log.append(repr(x) if isinstance(x, (str, int, list, bytes, type(None))) else type(x).__name__)
    return x

class Tail:
    def __radd__(self, other):
        log.append("radd " + repr(other))
        return "<" + other + ">"

class S(str):
    def __add__(self, other):
        return S("S(" + str.__add__(self, other) + ")")
    def __radd__(self, other):
        return S("R(" + other + "|" + str(self) + ")")

name, other = "Ada", "Grace"
print(name + ", " + other + "!")
print(v("a") + v(" ") + v("b") + v(" ") + v("c"), log)
log.clear()
print("x" + v(Tail()).__class__.__name__ + "y")
print(repr("[" + v("a") + v(Tail()) + "]" if False else "[" + "a" + "]"))
print(("pre " + v("mid") + Tail()), log)
log.clear()
print("a" + S("b") + "c", type("a" + S("b") + "c").__name__)
print(S("s") + "-" + "t", type(S("s") + "-" + "t").__name__)
s = "solo"
print(s + "" + "" is s, "" + s + "" is s, "" + "" + "" == "")
for bad in (1, None, [1], b"b"):
    log.clear()
    try:
        print("start " + v("x") + v(bad) + v("never"))
    except TypeError as e:
        print("TypeError:", e, log)
def boom():
    raise ValueError("from the middle")
try:
    print("a" + "b" + boom() + "c")
except ValueError as e:
    print("ValueError:", e)
n = 3
print("n=" + str(n) + ", twice=" + str(n * 2) + ".")
print(1 + 2 + 3, 1.5 + 2 + 3, [1] + [2] + [3], (1,) + (2,) + ())
words = ["alpha", "beta", "gamma"]
pairs = [a + " " + b for a, b in zip(words, words[1:])]
print(pairs)
print("é" + "😀" + "x", len("é" + "😀" + "x"))
print("tail" + " " + Tail())
