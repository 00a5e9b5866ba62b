import copy, pickle
it = iter([1, 2, 3]); next(it)
r = it.__reduce__(); print(r[0].__name__, r[1:])
c = copy.copy(it); print(list(c), list(it))
print(it.__reduce__()[0].__name__, it.__reduce__()[1:])
t = iter((4, 5, 6)); next(t); next(t)
print(t.__reduce__()[1:], list(copy.deepcopy(t)), list(t), t.__reduce__()[1:])
data = [[1], [2]]
d = iter(data); dc = copy.deepcopy(d); first = next(dc); first.append(9); print(data, first)
p = pickle.loads(pickle.dumps(iter([7, 8, 9]))); print(list(p))
q = iter([1, 2, 3]); q.__setstate__(2); print(list(q))
q2 = iter((1, 2, 3)); q2.__setstate__(-5); print(list(q2)); q3 = iter([1, 2]); q3.__setstate__(10); print(list(q3))
try:
    iter([1]).__setstate__("x")
except TypeError as e:
    print("TypeError", e)
import itertools
print(list(copy.copy(iter(["a", "b"]))), type(copy.copy(iter(()))).__name__)
