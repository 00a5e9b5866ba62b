# The iterator iter() builds over a __getitem__ sequence has __length_hint__ (len minus the
# position, NotImplemented without __len__, 0 once exhausted), and reduces/copies like CPython's.
import copy
import operator
import pickle


class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i < self.n:
            return i * i
        raise IndexError(i)

    def __len__(self):
        return self.n


class Endless:
    def __getitem__(self, i):
        if i > 5:
            raise IndexError
        return -i


it = iter(Squares(5))
print(type(it).__name__, it.__length_hint__())
next(it)
next(it)
print(it.__length_hint__(), operator.length_hint(it))
print(iter(Endless()).__length_hint__(), operator.length_hint(iter(Endless()), 11))

func, args, state = it.__reduce__()
print(func is iter, type(args[0]).__name__, state)
twin = copy.copy(it)
print(list(twin), list(it), it.__length_hint__())
print(it.__reduce__())

fresh = iter(Squares(6))
fresh.__setstate__(4)
print(list(fresh))
again = iter(Squares(3))
again.__setstate__(-2)
print(list(again))
try:
    iter(Squares(2)).__setstate__("x")
except TypeError as e:
    print("TypeError:", e)

restored = pickle.loads(pickle.dumps(iter([1, 2, 3])))
print(list(restored))


class Shrinking(Squares):
    pass


s = Shrinking(4)
walker = iter(s)
next(walker)
s.n = 1
print(walker.__length_hint__())
