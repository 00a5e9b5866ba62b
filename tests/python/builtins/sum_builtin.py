print(sum([1, 2, 3]), sum([]), sum(range(10), 100), sum([0.1] * 10), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
print(sum(x * x for x in range(4)), sum([True, True, False]), sum([2 ** 64, 2 ** 64]))
print(sum([1e100, 1.0, -1e100, 1.0]))
