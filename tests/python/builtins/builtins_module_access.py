# In __main__, __builtins__ is the builtins module itself.
b = __builtins__
print(b.len("abc"), b.__name__, type(b).__name__)
print(b.print is print, "range" in dir(b))
orig = b.len
b.len = lambda x: "patched"
print(len([]))
b.len = orig
print(len([1]))
def len_shadow():
    len = lambda x: -1
    return len("a")
print(len_shadow(), len("a"))
print(b.__dict__["abs"](-3) if hasattr(b, "__dict__") else 3)
