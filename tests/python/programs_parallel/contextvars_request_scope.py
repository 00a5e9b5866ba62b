import contextvars
from concurrent.futures import ThreadPoolExecutor
import threading

current_user = contextvars.ContextVar("current_user", default="anonymous")
trace = contextvars.ContextVar("trace", default=())

def log(msg):
    return f"[{current_user.get()}|{'>'.join(trace.get()) or '-'}] {msg}"

def span(name):
    class _Span:
        def __enter__(self):
            self.token = trace.set(trace.get() + (name,))
            return self
        def __exit__(self, *exc):
            trace.reset(self.token)
    return _Span()

def handle_request(user, path):
    current_user.set(user)
    out = []
    with span("handler"):
        out.append(log(f"GET {path}"))
        with span("db"):
            out.append(log("query"))
        out.append(log("render"))
    out.append(log("done"))
    return out

requests = [("alice", "/home"), ("bob", "/cart"), ("carol", "/checkout")]
with ThreadPoolExecutor(max_workers=3) as ex:
    futures = [ex.submit(contextvars.copy_context().run, handle_request, u, p) for u, p in requests]
    for f in futures:
        for line in f.result():
            print(line)
print(log("main thread untouched"))

ctx = contextvars.copy_context()
ctx.run(current_user.set, "in-ctx")
print(ctx.get(current_user), current_user.get())
print(sorted((v.name, val) for v, val in ctx.items() if v.name in ("current_user", "trace")))

def thread_body(results):
    results.append(current_user.get())
    current_user.set("thread-local-change")
    results.append(current_user.get())
res = []
current_user.set("main-user")
t = threading.Thread(target=thread_body, args=(res,))
t.start()
t.join()
print(res, current_user.get())
t2 = threading.Thread(target=ctx.run, args=(thread_body, res))
t2.start()
t2.join()
print(res[-2:], ctx[current_user])
try:
    ctx.run(ctx.run, print)
except RuntimeError as e:
    print(type(e).__name__, str(e).split(":")[0])
