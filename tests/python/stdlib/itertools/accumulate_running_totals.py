# accumulate: sums, functions, initial values, empty input, mixed types and errors.
import itertools as it, operator
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.accumulate([], initial=7)), list(it.accumulate([])), list(it.accumulate("abc")), list(it.accumulate([[1], [2]])))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2], func=None, initial=None)), list(it.accumulate(range(4), lambda a, b: a - b, initial=10)))
a = it.accumulate(iter([1, 2])); print(type(a).__name__, next(a), next(a), next(a, "end"), next(a, "end"))
for bad in [lambda: it.accumulate(5), lambda: list(it.accumulate([1, "a"])), lambda: list(it.accumulate([1, 2], 5))]:
    try: print(bad())
    except TypeError as e: print("TypeError", e)
print(list(it.accumulate([1.5, 2, 3j])), list(it.accumulate([None], initial=None)))
