print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"))
print(max([], default=None), min([], default="empty"))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len))
print(max([1, 3, 3], key=lambda x: -x), max([(1, "b"), (1, "a")]))
print(max([3, 1, 3]), max(1, 2.5), min(-1, -1.0))
words = ["pear", "fig", "kiwi", "plum"]
print(max(words, key=len), min(words, key=len))
print(max({1: "a", 5: "b"}), max(range(5), default=0))
