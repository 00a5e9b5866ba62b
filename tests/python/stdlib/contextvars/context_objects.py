# Context: run, copy, the mapping API, isolation, and one context per thread.
import contextvars
import threading

a = contextvars.ContextVar("a", default="a-default")
b = contextvars.ContextVar("b")

a.set("outer")
ctx = contextvars.copy_context()
print(type(ctx).__name__, len(ctx), ctx[a], a in ctx, b in ctx, ctx.get(b), ctx.get(b, "no b"))
print(list(ctx.keys()) == [a], list(ctx.values()), [(k.name, v) for k, v in ctx.items()])
print([var.name for var in ctx])


def change():
    a.set("changed in ctx")
    b.set(2)
    return a.get(), b.get()


print(ctx.run(change))
print("outside still:", a.get(), b.get("no b"))
print("ctx now:", ctx[a], ctx[b], len(ctx))
copy = ctx.copy()
ctx.run(b.set, 3)
print("copy is independent:", copy[b], ctx[b], copy == ctx)
empty = contextvars.Context()
print(len(empty), empty.run(a.get), empty == contextvars.Context())
try:
    ctx[b"key"]
except TypeError as e:
    print("TypeError:", e)
try:
    empty[b]
except KeyError as e:
    print("KeyError", e.args[0] is b)


def reenter():
    ctx.run(print, "never")


try:
    ctx.run(reenter)
except RuntimeError as e:
    print("RuntimeError:", str(e).split(":")[0])


def kwargs_run(x, *, y):
    return x + y


print(ctx.run(kwargs_run, 1, y=2))
try:
    ctx.run(lambda: 1 / 0)
except ZeroDivisionError:
    print("exceptions propagate; context restored:", a.get())

# Each thread starts with an empty context (CPython 3.11).
results = {}


def in_thread(name):
    results[name] = (a.get(), b.get("no b"))
    a.set(name)
    results[name + " after"] = a.get()


threads = [threading.Thread(target=in_thread, args=(n,)) for n in ("t1", "t2")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print("main thread unchanged:", a.get())

# A thread can run in a copy of the caller's context explicitly.
snapshot = contextvars.copy_context()
out = []
t = threading.Thread(target=snapshot.run, args=(lambda: out.append(a.get()),))
t.start()
t.join()
print(out)
