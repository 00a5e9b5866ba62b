# range iterators reduce to (iter, (range over their whole run,), items taken), so copy and pickle
# resume them; __setstate__ clips the position to [0, len]. Small and beyond-64-bit ranges alike.
import copy, pickle
it = iter(range(10)); next(it); next(it); next(it)
print(it.__reduce__())
print(iter(range(3)).__reduce__()[1:], reversed(range(3)).__reduce__()[1:])
print(reversed(range(1, 20, 4)).__reduce__())
c = copy.copy(it); print(list(c), list(it), it.__reduce__())
big = iter(range(2**70, 2**70 + 5)); next(big)
print(type(big).__name__, big.__reduce__())
print(list(pickle.loads(pickle.dumps(big))))
rb = reversed(range(0, 2**65, 2**63)); next(rb); print(rb.__reduce__(), list(copy.deepcopy(rb)))
s = iter(range(5)); s.__setstate__(3); print(list(s))
s = iter(range(5)); s.__setstate__(-3); print(list(s))
s = iter(range(5)); s.__setstate__(99); print(list(s))
s = iter(range(2**70, 2**70+3)); s.__setstate__(1); print(list(s))
try:
    iter(range(3)).__setstate__("a")
except TypeError as e: print(e)
