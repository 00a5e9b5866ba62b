# itertools.pairwise (3.10) and accumulate(initial=) (3.8).
from itertools import pairwise, accumulate, islice
import operator

print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3, 4], operator.mul, initial=1)))
pw = pairwise(iter(range(5)))
print(type(pw).__name__, next(pw), list(islice(pw, 2)))
try:
    pairwise()
except TypeError as e:
    print("TypeError:", e)
