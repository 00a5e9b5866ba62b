# nullcontext, closing, AbstractContextManager, ContextDecorator
import contextlib

with contextlib.nullcontext(5) as v:
    print(v)
with contextlib.nullcontext() as v:
    print(v)

class Resource:
    def close(self):
        print('closed')

with contextlib.closing(Resource()) as r:
    print(type(r).__name__)

class Managed(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print('exit', exc[0])

with Managed() as m:
    print(type(m).__name__)
print(issubclass(Managed, contextlib.AbstractContextManager))

class timed(contextlib.ContextDecorator):
    def __enter__(self):
        print('start')
        return self
    def __exit__(self, *exc):
        print('stop')
        return False

@timed()
def work(n):
    print('working', n)
    return n + 1

print(work(1))
with timed():
    print('block')
