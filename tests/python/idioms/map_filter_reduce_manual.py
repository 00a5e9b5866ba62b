nums = [1, 2, 3, 4, 5, 6]
print(list(map(lambda x: x * 10, nums)))
print(list(filter(lambda x: x % 3 == 0, nums)))
print(list(map(str, nums)), list(map(int, ["7", "8"])))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
def reduce(func, seq, initial):
    acc = initial
    for x in seq:
        acc = func(acc, x)
    return acc
print(reduce(lambda a, b: a * b, nums, 1))
print(reduce(lambda a, b: a + [b * b], nums, []))
print(reduce(max, [3, 9, 2], float("-inf")))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
print(list(map(str.upper, "abc")))
print(sorted(map(len, ["aaa", "b", "cc"])))
