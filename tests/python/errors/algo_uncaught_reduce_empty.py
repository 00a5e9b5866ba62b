from functools import reduce
import operator
groups = {"a": [1, 2, 3], "b": [4], "c": []}
for k in sorted(groups):
    print(k, reduce(operator.mul, groups[k]))
