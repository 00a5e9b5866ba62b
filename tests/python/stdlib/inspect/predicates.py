import inspect
import types


def plain():
    pass


def gen():
    yield 1


async def coro():
    pass


class C:
    attr = 5

    def method(self):
        pass

    @property
    def prop(self):
        return 1

    @staticmethod
    def st():
        pass


c = C()
objects = [('plain', plain), ('gen', gen), ('gen()', gen()), ('coro', coro), ('C', C), ('c.method', c.method),
           ('C.method', C.method), ('len', len), ('str.join', str.join), ('[].append', [].append),
           ('inspect', inspect), ('lambda', lambda: 0), ('C.prop', C.__dict__['prop']), ('int', int)]
preds = ['isfunction', 'ismethod', 'isclass', 'ismodule', 'isbuiltin', 'isroutine', 'isgenerator',
         'isgeneratorfunction', 'iscoroutinefunction', 'ismethoddescriptor', 'isdatadescriptor']
for name, obj in objects:
    flags = [p for p in preds if getattr(inspect, p)(obj)]
    print(name, flags)
co = coro()
print(inspect.iscoroutine(co), inspect.isawaitable(co))
co.close()
print(inspect.isabstract(C))
import abc


class A(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


print(inspect.isabstract(A), inspect.getmro(C) == (C, object))
print([n for n, _ in inspect.getmembers(c) if not n.startswith('__')])
print([n for n, _ in inspect.getmembers(C, inspect.isfunction)])
print(inspect.getmembers(c, lambda v: isinstance(v, int)))
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
print(inspect.unwrap(plain) is plain)
