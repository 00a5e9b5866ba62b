# Storing __enter__'s result in the 'as' target happens inside the with block in CPython, so a
# failing store (bad unpacking, a raising __setattr__ or __setitem__) reaches __exit__, which may
# even suppress it; this holds in plain functions, generators and async functions alike.
import asyncio


class Manager:
    def __init__(self, value, suppress=False):
        self.value = value
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.value)
        return self.value

    def __exit__(self, typ, exc, tb):
        print("exit", typ.__name__ if typ else None, exc)
        return self.suppress

    async def __aenter__(self):
        return self.__enter__()

    async def __aexit__(self, typ, exc, tb):
        return self.__exit__(typ, exc, tb)


class Strict:
    def __setattr__(self, name, value):
        raise AttributeError("read-only " + name)


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as exc:
        print(label, "-> raised", type(exc).__name__, exc)


def unpack_fails():
    with Manager(5) as (a, b):
        return "body ran"


def attribute_fails():
    with Manager(1) as Strict().field:
        return "body ran"


def item_fails():
    with Manager(2) as {}.get:
        return "body ran"


def suppressed():
    with Manager(7, suppress=True) as (a, b):
        return "body ran"
    return "after with"


def in_generator():
    with Manager([1, 2, 3]) as (a, b):
        yield a


attempt("unpack", unpack_fails)
attempt("attribute", attribute_fails)
attempt("item", item_fails)
attempt("suppressed", suppressed)
attempt("generator", lambda: list(in_generator()))


async def in_coroutine():
    async with Manager("xy") as (a, b, c):
        return "body ran"

attempt("async", lambda: asyncio.run(in_coroutine()))
with Manager((1, 2)) as (a, b):
    print("fine", a, b)
