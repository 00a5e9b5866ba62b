# Edge cases of generator protocol edges, each printed as label -> result or label !! error.
import collections.abc as cabc
import inspect
def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
def gen():
    x = yield 1
    yield x
g = gen()
t("gen state initial", lambda: inspect.getgeneratorstate(g))
next(g)
t("gen state suspended", lambda: inspect.getgeneratorstate(g))
t("gen locals", lambda: inspect.getgeneratorlocals(g))
t("gi_yieldfrom", lambda: g.gi_yieldfrom)
t("gi_code name", lambda: g.gi_code.co_name)
t("gi_frame lineno", lambda: g.gi_frame.f_lineno)
t("gen send", lambda: g.send(5))
t("gen close", lambda: g.close())
t("gen state closed", lambda: inspect.getgeneratorstate(g))
t("gi_frame after close", lambda: g.gi_frame)
t("gen name set", lambda: (setattr(g, "__name__", "renamed"), g.__name__)[1])
t("gen qualname", lambda: g.__qualname__)
t("gen throw type only", lambda: gen().throw(ValueError))
t("gen throw instance+val", lambda: gen().throw(ValueError("a"), None))
t("gen throw bad", lambda: gen().throw(5))
t("gen throw traceback arg", lambda: gen().throw(ValueError, ValueError("x"), None))
def running():
    yield inspect.getgeneratorstate(r)
r = running()
t("gen state running", lambda: next(r))
def yf():
    yield from range(3)
y = yf()
next(y)
t("gi_yieldfrom range", lambda: type(y.gi_yieldfrom).__name__)
t("send non-None to new", lambda: gen().send(1))
t("next on exhausted", lambda: (lambda it: (list(it), next(it)))(gen()))
t("generator abc", lambda: (isinstance(g, cabc.Generator), isinstance(g, cabc.Iterator), isinstance(g, cabc.Coroutine)))
t("genexp send", lambda: (x for x in [1]).send(None))
t("genexp gi_code", lambda: (x for x in [1]).gi_code.co_name)
t("generator in list()", lambda: list(gen()))
def recursive(n):
    if n:
        yield n
        yield from recursive(n - 1)
t("recursive yield from", lambda: list(recursive(5)))
def ret_in_gen():
    return 5
    yield
t("return value", lambda: next(ret_in_gen()))
def gen_exc():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ge = gen_exc()
next(ge)
t("yield in GeneratorExit", lambda: ge.close())
def gen_finally():
    try:
        yield 1
    finally:
        return "from finally"
gf = gen_finally()
next(gf)
t("return in finally on close", lambda: gf.close())
t("StopIteration in gen", lambda: list((lambda: (yield next(iter([]))))()))
t("gen repr name", lambda: repr(gen()).split(" at ")[0])
t("gen type", lambda: (type(gen()).__name__, type(gen()).__module__, type(gen()).__qualname__))
t("iter of gen is gen", lambda: (lambda x: iter(x) is x)(gen()))
t("abc Iterable register", lambda: issubclass(type(gen()), cabc.Iterable))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
t("custom iterator", lambda: (list(It()), isinstance(It(), cabc.Iterator), sum(It())))
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
t("getitem iteration", lambda: (list(OnlyGetitem()), isinstance(OnlyGetitem(), cabc.Iterable), 20 in OnlyGetitem()))
t("iter sentinel", lambda: list(iter(iter([1, 2, 3, 0, 5]).__next__, 0)))
t("iter sentinel not callable", lambda: iter(5, 0))
t("iter not iterable", lambda: iter(5))
t("iter None iter", lambda: iter(type("N", (), {"__iter__": None})()))
t("iter returns non-iterator", lambda: iter(type("N", (), {"__iter__": lambda s: 5})()))
t("next non-iterator", lambda: next([1]))
t("next default", lambda: next(iter([]), "dflt"))
t("reversed non-seq", lambda: reversed({1, 2}))
t("reversed custom", lambda: list(reversed(type("R", (), {"__len__": lambda s: 3, "__getitem__": lambda s, i: i})())))
t("len of gen", lambda: len(gen()))
t("gen subscript", lambda: gen()[0])
t("Sized abc len", lambda: isinstance(range(3), cabc.Sized))
t("Callable lambda", lambda: isinstance(lambda: 0, cabc.Callable))
t("Awaitable", lambda: isinstance(g, cabc.Awaitable))
t("AsyncIterable", lambda: issubclass(list, cabc.AsyncIterable))
t("MappingView", lambda: (isinstance({}.keys(), cabc.KeysView), isinstance({}.items(), cabc.ItemsView), isinstance({}.keys(), cabc.Set)))
t("abc missing abstract msg", lambda: type("M", (cabc.Mapping,), {})())
t("abc one missing", lambda: type("S", (cabc.Sequence,), {"__len__": lambda s: 0})())
