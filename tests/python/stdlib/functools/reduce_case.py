from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(operator.add, [], 0), reduce(operator.add, ['x'], 'y'))
print(reduce(lambda acc, w: acc + len(w), "a bb ccc".split(), 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
