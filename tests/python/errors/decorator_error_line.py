# A decorator is evaluated and applied at its own line (CPython 3.11): an error raised by it, or by
# the expression that makes it, is reported at the @ line; the def's defaults stay at the def line.
import traceback


def bad(fn):
    raise TypeError("bad decorator for " + fn.__name__)


def factory(x):
    return 1 / x


def ok(fn):
    return fn


def run(src):
    try:
        exec(compile(src, "prog", "exec"), {"bad": bad, "factory": factory, "ok": ok})
    except Exception as e:
        print(type(e).__name__, [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)][1:])


run("@ok\n@bad\n@ok\ndef f():\n    pass\n")
run("@ok\n@factory(0)\ndef f():\n    pass\n")
run("@bad\nclass C:\n    pass\n")
run("@ok\n@ok\nclass C(undefined_base):\n    pass\n")
run("@ok\ndef f(x=undefined_default):\n    pass\n")
run("x = 1\n@ok\n@ok\ndef f():\n    pass\ny = 1 / 0\n")
