# Replacing threading.excepthook to log worker failures instead of printing tracebacks.
import threading

failures = []
lock = threading.Lock()

def hook(args):
    with lock:
        failures.append((args.thread.name, args.exc_type.__name__, str(args.exc_value),
                         args.exc_traceback is not None))

threading.excepthook = hook

def parse(text):
    return int(text)

def divide(a, b):
    return a / b

jobs = [("parse-ok", parse, ("12",)), ("parse-bad", parse, ("twelve",)),
        ("div-ok", divide, (1, 4)), ("div-bad", divide, (1, 0)),
        ("key", lambda: {}["missing"], ())]
threads = [threading.Thread(target=fn, args=a, name=n) for n, fn, a in jobs]
for t in threads:
    t.start()
for t in threads:
    t.join()
for f in sorted(failures):
    print(f)
threading.excepthook = threading.__excepthook__
print("restored:", threading.excepthook is threading.__excepthook__)

def exits():
    raise SystemExit("quiet")
t = threading.Thread(target=exits, name="exiter")
t.start(); t.join()
print("SystemExit in a thread is silent; failures:", len(failures))
