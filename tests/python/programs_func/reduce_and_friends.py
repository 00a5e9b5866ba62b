from functools import reduce
import operator

nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(reduce(operator.add, nums))
print(reduce(operator.mul, nums, 1))
print(reduce(lambda a, b: a if a > b else b, nums))
print(reduce(lambda acc, x: acc + [x * 2], nums, []))
print(reduce(operator.or_, [{1}, {2, 3}, {3, 4}]))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
print(reduce(operator.concat, ["ab", "cd", "ef"]))
print(reduce(operator.add, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print(type(e).__name__, e)

def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)

pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(pipeline("  Hello World  "))

digits = [1, 2, 3, 4]
print(reduce(lambda a, d: a * 10 + d, digits))
matrix = [[1, 2], [3, 4], [5, 6]]
print(reduce(operator.add, matrix))
print(list(map(sum, zip(*matrix))))

words = "the quick brown fox jumps over the lazy dog".split()
longest = reduce(lambda a, b: b if len(b) > len(a) else a, words)
print(longest)
print(max(words, key=len), min(words, key=len))
print(max(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: (-len(w), w)))
print(min([], default="empty"), max([], default=None))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
print(max(3, 7, 5), min("b", "a", "c"))
print(max([1, 2], [1, 3]), max((1, "z"), (1, "a")))
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
print(sum(range(10), start=100))
print(sum([[1], [2, 3]], []))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(str.isdigit, "a1b22c3")))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(zip("abc", range(5))))
try:
    list(zip("abc", range(5), strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip(range(5), "abc", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip()))
print(dict(zip("xyz", map(ord, "xyz"))))
print(any(x > 8 for x in nums), all(x > 0 for x in nums))
print(list(enumerate("abc", start=1)))
print(list(reversed(range(1, 10, 3))))
print(sorted({3: "c", 1: "a", 2: "b"}.items(), key=operator.itemgetter(1), reverse=True))
