# __exit__ is called at the with statement's line (CPython's compiler gives the exit calls the
# with's location): an error that __exit__ raises, after a body that ended normally or with an
# exception, is reported at the with line, not at the body's last line.
import contextlib
import traceback


class Bad:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise OSError("exit failed")


def normal_exit():
    with Bad():
        x = 1
        y = x + 1


def exit_after_error():
    with Bad():
        x = 1
        raise KeyError("body")


def in_generator():
    yield 1
    with Bad():
        yield 2
        z = 3


@contextlib.contextmanager
def manager():
    yield
    raise RuntimeError("after the yield")


def generator_manager():
    with manager():
        a = 1
        b = 2


def where(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__) if f.filename == __file__]


for fn in (normal_exit, exit_after_error, lambda: list(in_generator()), generator_manager):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, where(e))
        if e.__context__ is not None:
            print("  context", type(e.__context__).__name__, where(e.__context__))
