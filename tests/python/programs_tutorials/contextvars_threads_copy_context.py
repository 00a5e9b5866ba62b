# New threads start with an empty context; copy_context().run carries the caller's values over.
import contextvars
import threading

user = contextvars.ContextVar("user", default="guest")
trace = contextvars.ContextVar("trace")
seen = {}

def report(label):
    seen[label] = (user.get(), trace.get("no-trace"))

user.set("alice")
trace.set("t-1")
t = threading.Thread(target=report, args=("plain thread",))
t.start(); t.join()
ctx = contextvars.copy_context()
t = threading.Thread(target=ctx.run, args=(report, "copied context"))
t.start(); t.join()

def change_inside():
    user.set("bob")
    report("changed inside")
ctx.run(change_inside)
report("main after ctx.run")
print("ctx sees:", ctx[user], user in ctx, len(ctx) >= 2)
for k in sorted(seen):
    print(f"{k:20} {seen[k]}")

token = user.set("carol")
print(user.get(), token.var is user, token.old_value)
user.reset(token)
print("after reset:", user.get())
try:
    user.reset(token)
except RuntimeError as e:
    print("RuntimeError:", str(e).split(" has ")[1])
other = contextvars.ContextVar("other")
try:
    other.get()
except LookupError as e:
    print("LookupError:", repr(e).replace(hex(id(other)), "0x..").split(" at ")[0])
print(repr(contextvars.Token.MISSING))
print(other.name, user.name)
