import contextvars
import re

def clean(s):
    return re.sub(r" at 0x[0-9a-fA-F]+", "", str(s))
import threading
from concurrent.futures import ThreadPoolExecutor

request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")

print(request_id.get())
try:
    user.get()
except LookupError as e:
    print(type(e).__name__, clean(e))
print(user.get("fallback"))

tok = request_id.set("main-1")
print(request_id.get())

seen = []
def in_thread():
    seen.append(("thread", request_id.get()))
t = threading.Thread(target=in_thread)
t.start(); t.join()
print(seen)

ctx = contextvars.copy_context()
def in_ctx(tag):
    request_id.set(tag)
    return request_id.get()
print(ctx.run(in_ctx, "inside-ctx"), request_id.get(), ctx[request_id])

def handle(n):
    request_id.set(f"req-{n}")
    return n, request_id.get()

with ThreadPoolExecutor(3) as ex:
    print(sorted(ex.map(handle, range(5))))
print(request_id.get())

results = []
def runner(n):
    c = contextvars.copy_context()
    results.append(c.run(handle, n))
ts = [threading.Thread(target=runner, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results))

request_id.reset(tok)
print(request_id.get())
try:
    request_id.reset(tok)
except RuntimeError as e:
    print(type(e).__name__, clean(e))
print(repr(request_id).split(" at ")[0])
print(tok.var is request_id, tok.old_value is contextvars.Token.MISSING)
c2 = contextvars.Context()
print(len(c2), list(c2))
c3 = contextvars.copy_context()
print(request_id in c3, user in c3)
with ThreadPoolExecutor(1) as ex:
    print(ex.submit(ctx.run, request_id.get).result())
