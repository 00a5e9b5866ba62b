# A str iterator reduces to (iter, (s,), index), so copy and pickle take it where it stands;
# __setstate__ moves it (clamped to the string), and an exhausted one reduces to iter('').
import copy
import pickle

it = iter("h\u00e9llo")
next(it)
print(type(it).__name__, it.__reduce__()[1:], list(copy.copy(it)), list(it))
it = iter("abc")
print(type(it).__name__, list(pickle.loads(pickle.dumps(it))))
it = iter("\u4f60\u597d\u5417")
it.__setstate__(1)
print(next(it), it.__reduce__()[2])
it.__setstate__(-5)
print(next(it))
it.__setstate__(99)
print(list(it), it.__reduce__()[1])
try:
    iter("x").__setstate__("1")
except TypeError as e:
    print("TypeError")
