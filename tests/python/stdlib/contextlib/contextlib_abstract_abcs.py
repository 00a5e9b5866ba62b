# AbstractContextManager and AbstractAsyncContextManager are ABCs: any class with the two
# methods is a virtual subclass, a method set to None opts out, and __exit__ is abstract.
import contextlib
import io
import threading


class Plain:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class OptedOut(Plain):
    __exit__ = None


class AsyncPlain:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


for obj in [Plain(), OptedOut(), AsyncPlain(), io.StringIO(), threading.Lock(),
            contextlib.nullcontext(), contextlib.suppress(), 42]:
    print(type(obj).__name__,
          isinstance(obj, contextlib.AbstractContextManager),
          isinstance(obj, contextlib.AbstractAsyncContextManager))

print(type(contextlib.AbstractContextManager).__name__)
print(contextlib.AbstractContextManager[int], contextlib.AbstractAsyncContextManager[str])


class Incomplete(contextlib.AbstractContextManager):
    pass


try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)


class Complete(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print("exit", exc[0])


with Complete() as c:
    print("entered", type(c).__name__)
