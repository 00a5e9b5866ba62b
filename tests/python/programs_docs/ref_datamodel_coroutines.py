# Data model 3.3.12 and 3.4: special method lookup on the type, awaitables (__await__), async iterators and async context managers.
import asyncio
class C:
    pass
c = C()
c.__len__ = lambda: 5
try:
    len(c)
except TypeError as e:
    print('TypeError:', e)
print(c.__len__())
class Meta(type):
    def __getattribute__(*args):
        print('Metaclass getattribute invoked')
        return type.__getattribute__(*args)
class D(object, metaclass=Meta):
    def __len__(self):
        return 10
    def __getattribute__(*args):
        print('Class getattribute invoked')
        return object.__getattribute__(*args)
d = D()
print(d.__len__())
print(len(d))
print(type(d).__len__(d))
class Ticket:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield
        return self.value
class AsyncCounter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i
class AsyncResource:
    async def __aenter__(self):
        print('aenter')
        return 'resource'
    async def __aexit__(self, et, ev, tb):
        print('aexit', et.__name__ if et else None)
        return et is KeyError
async def agen():
    for i in range(3):
        yield i * 10
        await asyncio.sleep(0)
async def main():
    print(await Ticket('ticket value'))
    async for i in AsyncCounter(3):
        print('counter', i)
    print([x async for x in agen()], [x async for x in AsyncCounter(4) if x % 2 == 0])
    async with AsyncResource() as r:
        print('using', r)
    async with AsyncResource():
        raise KeyError('suppressed by __aexit__')
    g = agen()
    print(await g.__anext__(), await anext(g), await anext(g), await anext(g, 'exhausted'))
    ait = aiter(AsyncCounter(2))
    print(await anext(ait), await anext(ait))
    try:
        await anext(ait)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    coro = asyncio.sleep(0, 'coro result')
    print(type(coro).__name__, await coro)
    try:
        await Ticket
    except TypeError as e:
        print('TypeError:', e)
asyncio.run(main())
async def simple():
    return 'value'
co = simple()
try:
    co.send(None)
except StopIteration as e:
    print('StopIteration carries', e.value)
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError:', e)
class Meta(type):
    def __getattr__(cls, name):
        return 'meta __getattr__ ' + name
class K(metaclass=Meta):
    x = 1
print(K.x, K.missing, type.__getattribute__(K, 'x'))
try:
    type.__getattribute__(K, 'missing')
except AttributeError as e:
    print('AttributeError:', e, e.name)
try:
    type.__getattribute__(3, 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    type.__getattribute__(K, 5)
except TypeError as e:
    print('TypeError:', e)
print(type.__getattribute__(int, '__name__'), type.__getattribute__(type, '__mro__'))
class P:
    @property
    def prop(self): return 1
print(type.__getattribute__(P, 'prop').__class__.__name__, object.__getattribute__(P(), 'prop'))
