try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print(e)
print([1, 2] < [1, 2, "a"], [] < [0], [[1]] < [[2]])
print([1, 2] == [1, 2.0], [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], n in [n], [n].count(n), [n].index(n))
