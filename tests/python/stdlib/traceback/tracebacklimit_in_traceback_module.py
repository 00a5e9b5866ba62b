# sys.tracebacklimit limits what the traceback module formats (the outermost entries; zero or a
# negative value leaves only the exception line), as CPython's StackSummary.extract does.
import sys
import traceback


def f0():
    raise ValueError("value")


def f1():
    f0()


def f2():
    f1()


def show():
    try:
        f2()
    except ValueError as exc:
        text = traceback.format_exc().replace(__file__, "FILE")
        print(text, end="")
        print("entries:", len(traceback.extract_tb(exc.__traceback__)),
              len(traceback.format_exception(exc)))


show()
for limit in (4, 2, 1, 0, -1):
    sys.tracebacklimit = limit
    print("--- tracebacklimit", limit)
    show()
del sys.tracebacklimit
print(hasattr(sys, "tracebacklimit"))
show()
