students = [("ann", 91, "b"), ("bob", 78, "a"), ("cid", 91, "a"), ("dee", 85, "c"), ("eve", 78, "b")]
print(sorted(students, key=lambda s: s[1]))
print(sorted(students, key=lambda s: (-s[1], s[0])))
print(sorted(students, key=lambda s: s[2], reverse=True))
print(min(students, key=lambda s: s[1]), max(students, key=lambda s: s[1]))
print(max(students, key=lambda s: (s[1], s[0])))
print(sorted("Banana apple Cherry date".split()))
print(sorted("Banana apple Cherry date".split(), key=str.lower))
print(sorted("Banana apple Cherry date".split(), key=len))
print(sorted([3, -1, -4, 1, 5, -9], key=abs))
print(sorted({"b": 2, "a": 3, "c": 1}, key={"b": 2, "a": 3, "c": 1}.get))
print(sorted([[3, 1], [1, 2], [1, 1]]))
print(sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True))
print(sorted([1.5, 1, True, 0.5, False]))
print(sorted(range(10), key=lambda x: (x % 3, -x)))
print(list(reversed(sorted("hello"))))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([{1}, {2}, 3])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([1, 2], key=lambda x: None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 1], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].sort(reverse="yes")
except TypeError as e:
    print(type(e).__name__, e)
print(max("apple", "fig", "banana", key=len), min((3, "x"), (3, "a")))
print(max([], key=len, default="none"), min(iter([4, 2, 8]), default=0))
print(max({"a": 3, "b": 7}.items(), key=lambda kv: kv[1]))
names = ["x", "y", "z"]
vals = [1, 2, 3]
flags = [True, False]
print(list(zip(names, vals)), list(zip(names, vals, flags)), dict(zip(names, vals)))
pairs = list(zip(names, vals))
n2, v2 = zip(*pairs)
print(n2, v2)
print(list(map(lambda x, y: f"{x}{y}", names, vals)))
print(list(map(str.upper, names)), list(map(len, ["a", "bb", ""])))
print(list(map(max, [1, 5, 3], [4, 2, 6])))
print(list(map(divmod, [7, 8, 9], [2, 3, 4])))
print(list(filter(lambda kv: kv[1] > 1, zip(names, vals))))
m = map(int, "123")
print(next(m), list(m), list(m))
z = zip([1, 2], [3, 4])
print(type(z).__name__, type(m).__name__, type(filter(None, [])).__name__)
print(sorted(zip(vals, names), reverse=True))
data = {"w": 3, "x": 1, "y": 2}
print(sorted(data.items(), key=lambda kv: kv[1]), sorted(data.values()), sorted(data, reverse=True))
print([k for k, _ in sorted(data.items(), key=lambda kv: (-kv[1], kv[0]))])
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)], list(map(list, zip(*matrix[::-1]))))
stable = sorted([("a", 2), ("b", 1), ("c", 2), ("d", 1)], key=lambda t: t[1])
print(stable)
import locale
words = ["résumé", "resume", "Resume", "rèsume"]
print(sorted(words), sorted(words, key=str.casefold))
print(sorted([0.1 + 0.2, 0.3, 0.30000000000000004]))
nums = [5, 3, 8]
nums.sort(key=lambda n: -n)
print(nums, nums.sort(), nums)
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(max(range(-5, 5), key=lambda x: x * x), min(range(-5, 5), key=lambda x: x * x))
print(sorted(set("mississippi")), sorted(frozenset([3, 1, 2])))
print(sorted("cba", key=None), sorted([2, 1], reverse=False))
