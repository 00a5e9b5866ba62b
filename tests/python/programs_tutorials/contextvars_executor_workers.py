# ThreadPoolExecutor workers do not inherit the submitter's context unless you copy it yourself.
import contextvars
from concurrent.futures import ThreadPoolExecutor

locale = contextvars.ContextVar("locale", default="en")

def greeting(name):
    return {"en": "Hello", "fr": "Bonjour", "de": "Hallo"}[locale.get()] + ", " + name

locale.set("fr")
with ThreadPoolExecutor(2) as ex:
    plain = ex.submit(greeting, "Ana").result()
    ctx = contextvars.copy_context()
    copied = ex.submit(ctx.run, greeting, "Ana").result()
    def in_german(name):
        locale.set("de")
        return greeting(name)
    german = ex.submit(contextvars.copy_context().run, in_german, "Ana").result()
print(plain)
print(copied)
print(german)
print("main:", greeting("Ana"))
ctx = contextvars.Context()
print(ctx.run(greeting, "Eve"), list(ctx.keys()))
try:
    c2 = contextvars.copy_context()
    c2.run(lambda: c2.run(print))
except RuntimeError as e:
    print("RuntimeError:", str(e).replace(repr(c2), "<ctx>"))
