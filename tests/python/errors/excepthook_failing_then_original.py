# A sys.excepthook that raises: CPython reports "Error in sys.excepthook:" with the hook's error,
# then "Original exception was:" with the uncaught one (the last line of stderr).
import sys


def hook(exc_type, exc, tb):
    print("hook got", exc_type.__name__, exc)
    raise KeyError("the hook broke")


sys.excepthook = hook
print("start")
average = sum([]) / len([])
