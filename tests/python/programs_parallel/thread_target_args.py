import threading

out = []
lock = threading.Lock()

def greet(name, punctuation="!", *, times=1):
    with lock:
        out.append(f"{'hello ' * times}{name}{punctuation}")

threads = [
    threading.Thread(target=greet, args=("ann",)),
    threading.Thread(target=greet, args=("bob", "?")),
    threading.Thread(target=greet, args=("cy",), kwargs={"times": 2}),
    threading.Thread(target=greet, kwargs={"name": "dee", "punctuation": "."}),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
for line in sorted(out):
    print(line)

# target that raises TypeError because of bad args: excepthook prints, join returns
captured = []
def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=greet, name="bad", args=(1, 2, 3, 4))
t.start()
t.join()
threading.excepthook = old
print(captured)

# Thread with no target does nothing
t = threading.Thread()
t.start()
t.join()
print("empty thread done", t.is_alive())

# run() can be called directly in the main thread
def who():
    out.append(threading.current_thread().name)
t = threading.Thread(target=who, name="never-started")
t.run()
print(out[-1])
