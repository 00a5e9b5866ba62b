"""inspect: generator and coroutine states and locals, getclosurevars, get_annotations,
getargvalues/formatargvalues, classify_class_attrs, getclasstree."""
import inspect


def gen():
    x = 1
    yield x
    y = 2
    yield y


g = gen()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
list(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
print(inspect.GEN_CREATED, inspect.CORO_SUSPENDED)


async def coro():
    return 5


c = coro()
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))

LIMIT = 10


def outer():
    scale = 3

    def inner(v):
        return min(v * scale, LIMIT) + len(str(v)) + undefined_name
    return inner


cv = inspect.getclosurevars(outer())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), cv.unbound)


def annotated(a: int, b: "str" = "x") -> "list[int]":
    pass


class Annotated:
    n: int
    s: "str"


print(inspect.get_annotations(annotated), inspect.get_annotations(annotated, eval_str=True))
print(inspect.get_annotations(Annotated), inspect.get_annotations(Annotated, eval_str=True))
print(inspect.get_annotations(inspect))


def show(a, b=2, *rest, c, **kw):
    frame = inspect.currentframe()
    info = inspect.getargvalues(frame)
    print(info.args, info.varargs, info.keywords, sorted(k for k in info.locals if k != "frame"))
    print(inspect.formatargvalues(info.args, info.varargs, info.keywords, info.locals))


show(1, 2, 3, c=4, d=5)


class Base:
    x = 1

    def m(self):
        pass

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass

    @property
    def p(self):
        return 1


class Child(Base):
    y = 2


for a in inspect.classify_class_attrs(Child):
    if not a.name.startswith("__"):
        print(a.name, a.kind, a.defining_class.__name__)


class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass


def names(tree):
    out = []
    for item in tree:
        if isinstance(item, list):
            out.append(names(item))
        else:
            out.append((item[0].__name__, [b.__name__ for b in item[1]]))
    return out


print(names(inspect.getclasstree([D, B, C, A])))
print(inspect.ismethodwrapper((1).__add__), inspect.isgetsetdescriptor(type.__dict__["__name__"]),
      inspect.iskeyword("for"))
