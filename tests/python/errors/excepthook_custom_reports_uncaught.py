# An uncaught exception goes to the program's own sys.excepthook, which may log it and hand it to
# sys.__excepthook__ for the usual traceback on stderr.
import sys
import traceback


def log_uncaught(exc_type, exc, tb):
    print("LOG:", "".join(traceback.format_exception_only(exc_type, exc)).strip())
    print("raised at line", tb.tb_next.tb_lineno if tb.tb_next else tb.tb_lineno)
    sys.__excepthook__(exc_type, exc, tb)


sys.excepthook = log_uncaught


def lookup(key):
    return {"a": 1}[key]


print(lookup("a"))
lookup("k")
