import io
import sys
import threading

def run_capturing(target, **kw):
    buf = io.StringIO()
    old = sys.stderr
    sys.stderr = buf
    try:
        t = threading.Thread(target=target, **kw)
        t.start()
        t.join()
    finally:
        sys.stderr = old
    lines = buf.getvalue().splitlines()
    print(lines[0] if lines else "<nothing>")
    print(lines[1] if len(lines) > 1 else "<no second line>")
    print(lines[-1] if lines else "<nothing>")
    print("alive", t.is_alive())

def divide(a, b):
    return a / b

def work():
    divide(1, 0)

run_capturing(work, name="calc")
run_capturing(lambda: {}["k"], name="lookup")
run_capturing(lambda: int("x1"), name="parse")

class CustomError(Exception):
    def __str__(self):
        return "custom message"
def raise_custom():
    raise CustomError()
run_capturing(raise_custom, name="custom")

def raise_exit():
    raise SystemExit(3)
run_capturing(raise_exit, name="exits")

def chained():
    try:
        [][0]
    except IndexError as e:
        raise ValueError("wrapped") from e
run_capturing(chained, name="chain")

def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name,
          type(args.exc_traceback).__name__)
threading.excepthook = hook
t = threading.Thread(target=lambda: [][1], name="idx")
t.start()
t.join()
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
print(threading.ExceptHookArgs.__name__, threading.ExceptHookArgs.__module__)
