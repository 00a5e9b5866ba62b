import builtins
print(builtins.len("abc"), builtins.__name__, type(builtins).__name__)
print(builtins.print is print, "range" in dir(builtins))
orig = builtins.len
builtins.len = lambda x: "patched"
print(len([]))
builtins.len = orig
print(len([1]))
def len_shadow():
    len = lambda x: -1
    return len("a")
print(len_shadow(), len("a"))
