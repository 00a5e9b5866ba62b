# Generators consumed whole by list(), tuple(), sorted(), ''.join(), sum(), any() and all():
# the same values, the same order of side effects, the same state left behind when the consumer
# stops early, the same frames and errors, through yield-from chains too.
import sys
import traceback


def squares(n):
    for i in range(n):
        yield i * i


def words():
    yield "alpha"
    yield "beta"
    return "done"


print(list(squares(6)), tuple(squares(4)), sorted(squares(5), reverse=True))
print("-".join(w.upper() for w in words()), sum(squares(10)), sum(x / 2 for x in range(5)))
print(sum(squares(4), 100), sum((float(i) for i in range(4)), 0.5), sum(x for x in ()))
print(sum(2**62 + i for i in range(4)), sum(i if i % 2 else float(i) for i in range(6)))
print(any(x > 3 for x in range(10)), all(x < 3 for x in range(10)), any(()), all(x for x in ()))
print(any(x for x in [0, "", None, 0.0, False]), all(x for x in [1, "a", 2.5, True]))

# The consumer stops early: the generator stays suspended right after the deciding value.
g = (x > 3 for x in range(10))
print(any(g), next(g), next(g))
h = (x < 3 for x in range(6))
print(all(h), list(h))


# Values whose truth or sum needs Python code are handled outside, in CPython's order.
class Loud:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        print("  bool", self.n)
        return self.n == 2

    def __radd__(self, other):
        print("  radd", self.n, other)
        return other + 10 * self.n


def producing(n):
    for i in range(n):
        print("  produce", i)
        yield Loud(i) if i % 2 == 0 else i


print(any(producing(5)))
print(sum(producing(4)))

# A yield expression's value is None while a builtin consumes the generator.
def echo():
    got = []
    for i in range(3):
        got.append((yield i))
    print("  echo got", got)


print(list(echo()))


# yield from chains (and a sub-generator's return value), lists and ranges inside them.
def flatten(tree):
    if isinstance(tree, list):
        for sub in tree:
            yield from flatten(sub)
    else:
        yield tree


def with_result():
    r = yield from words()
    yield r
    yield from [1, 2]
    yield from range(3, 5)


tree = [[1, [2, 3]], [[4], 5], 6]
print(sum(flatten(tree)), list(flatten(tree)), list(with_result()))
fl = flatten(tree)
print(next(fl), next(fl), any(x > 4 for x in fl), list(fl))

# Partly consumed, exhausted, and the generator state seen from inside.
p = squares(5)
print(next(p), list(p), list(p), sum(p))


def watch():
    yield me.gi_running
    yield sys._getframe(1).f_code.co_name


def caller():
    return list(watch())


me = watch()
print(list(me), caller())


def reentrant():
    yield 1
    yield list(again)


again = reentrant()
try:
    list(again)
except ValueError as e:
    print(type(e).__name__, e)


# Errors from inside the generator: the same exception, the same frames.
def failing():
    yield 1
    yield 1 / 0


for consume in (list, tuple, sum, sorted, lambda it: "".join(map(str, it)), any):
    try:
        consume(failing())
    except ZeroDivisionError as e:
        print(type(e).__name__, e, [f.name for f in traceback.extract_tb(e.__traceback__)][1:])
try:
    sum(x for x in ["a", 1])
except TypeError as e:
    print(type(e).__name__, e, [f.name for f in traceback.extract_tb(e.__traceback__)])
try:
    "".join(x for x in ["a", 1])
except TypeError as e:
    print(type(e).__name__, e)


def stop_inside():
    yield 1
    raise StopIteration("inner")


try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# min() and max() without a key: numbers, strings, mixes, NaN, user objects, empty with default.
print(max(x % 7 for x in range(20)), min(len(w) for w in ["abc", "de", "fghi"]), max(w for w in ["pear", "apple"]))
print(max(x for x in [1, 2.5, 2]), min(x for x in [3, float("nan"), 1]), max(x for x in [float("nan"), 3, 1]))
print(max((x for x in ()), default="empty"), min((x for x in [True, 0, -1])))


class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  lt", self.v, getattr(other, "v", other))
        return self.v < (other.v if isinstance(other, Num) else other)

    def __gt__(self, other):
        print("  gt", self.v, getattr(other, "v", other))
        return self.v > (other.v if isinstance(other, Num) else other)

    def __repr__(self):
        return "Num(%r)" % self.v


print(max(Num(i) if i == 2 else i for i in range(4)))
print(min(x for x in [5, Num(1), 3]))
try:
    max(x for x in [1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    min(x for x in ())
except ValueError as e:
    print(type(e).__name__, e)
