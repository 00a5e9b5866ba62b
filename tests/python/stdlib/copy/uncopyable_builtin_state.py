# Objects of built-in types whose state Python cannot reach are refused, as pickle refuses them;
# classes that reduce themselves are copied through that reduction.
import copy
import threading


class Holder:
    def __init__(self):
        self.lock = threading.Lock()


for obj in (threading.Lock(), Holder()):
    for f in (copy.copy, copy.deepcopy):
        try:
            f(obj)
            print(f.__name__, type(obj).__name__, "copied")
        except TypeError as e:
            print(f.__name__, type(obj).__name__, "TypeError", e)


class Reduced:
    def __init__(self, a):
        self.a = a

    def __reduce__(self):
        return (Reduced, (self.a * 2,))


print(copy.copy(Reduced(2)).a, copy.deepcopy(Reduced([1])).a)
