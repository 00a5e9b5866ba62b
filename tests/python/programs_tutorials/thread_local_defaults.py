# threading.local subclasses: __init__ runs once per thread, so each thread gets its own defaults.
import threading

class RequestState(threading.local):
    def __init__(self, default_user):
        self.user = default_user
        self.calls = []

state = RequestState("anonymous")
state.user = "main-user"
out = []
lock = threading.Lock()

def handle(user, n):
    before = state.user
    state.user = user
    for i in range(n):
        state.calls.append(i)
    with lock:
        out.append((user, before, len(state.calls), hasattr(state, "extra")))

threads = [threading.Thread(target=handle, args=(f"user{i}", i + 1)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
for row in sorted(out):
    print(row)
print("main still sees", state.user, state.calls)
state.extra = 1
print(sorted(k for k in state.__dict__))

plain = threading.local()
plain.x = 1
seen = []
def probe():
    seen.append(getattr(plain, "x", "unset"))
    plain.x = 2
t = threading.Thread(target=probe); t.start(); t.join()
print(seen, plain.x)
try:
    RequestState()
except TypeError as e:
    print("TypeError:", e)
