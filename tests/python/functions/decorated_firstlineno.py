# co_firstlineno of a decorated function or class is the line of its first decorator (CPython's
# compiler_function/compiler_class), and a frame starts there; the def line stays the body's.
import inspect
import sys


def tag(obj):
    return obj


@tag
@tag
def decorated():
    return sys._getframe().f_lineno


def plain():
    return sys._getframe().f_lineno


@tag
class Box:
    @staticmethod
    def method():
        return 1

    @property
    def value(self):
        return 2


print(decorated.__code__.co_firstlineno, decorated())
print(plain.__code__.co_firstlineno, plain())
print(Box.method.__code__.co_firstlineno, Box.value.fget.__code__.co_firstlineno)
print(inspect.getsourcelines(decorated)[1], inspect.getsourcelines(Box.method)[1])
print(inspect.getsource(decorated).splitlines()[0], inspect.getsource(Box).splitlines()[:2])
f = (lambda: sys._getframe())()
print(f.f_code.co_firstlineno == f.f_lineno)
