# ContextVar get/set/reset, Token, defaults, errors and reprs.
import contextvars
import re


def clean(obj):
    return re.sub(r"0x[0-9a-f]+", "0x..", repr(obj))


v = contextvars.ContextVar("v")
d = contextvars.ContextVar("d", default=10)
print(v.name, d.name, clean(v), clean(d))
try:
    v.get()
except LookupError as e:
    print("LookupError", clean(e.args[0]))
print(v.get("fallback"), v.get(None), d.get(), d.get(99))

t1 = v.set(1)
t2 = v.set(2)
print(v.get(), clean(t1), t1.var is v, t1.old_value is contextvars.Token.MISSING, t2.old_value)
print(contextvars.Token.MISSING)
v.reset(t2)
print(v.get(), clean(t2))
try:
    v.reset(t2)
except RuntimeError as e:
    print("RuntimeError:", clean(e))
try:
    d.reset(t1)
except ValueError as e:
    print("ValueError:", clean(e))
v.reset(t1)
print(v.get("unset again"))

try:
    contextvars.ContextVar(1)
except TypeError as e:
    print("TypeError:", e)
try:
    v.reset("token")
except TypeError as e:
    print("TypeError:", e)
for cls in (contextvars.ContextVar, contextvars.Token, contextvars.Context):
    try:
        type("Sub", (cls,), {})
    except TypeError as e:
        print("TypeError:", e)
print(contextvars.ContextVar[int], contextvars.Token[str])
print(hash(v) == hash(v), v == v, v != d)

# A token from another context cannot reset here.
ctx = contextvars.copy_context()
tok = ctx.run(v.set, "in ctx")
try:
    v.reset(tok)
except ValueError as e:
    print("ValueError:", clean(e))
print(ctx[v], v.get("outside"))
