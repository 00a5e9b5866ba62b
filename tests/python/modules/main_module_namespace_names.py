# The names a script's module starts with: CPython's __main__ always has an
# __annotations__ dict, and a script run from a file also has __file__ and
# __cached__ (None).
print(dir())
print(list(globals())[:9])
print(__annotations__, __cached__)
limit: int = 3
print(__annotations__)
print(sorted(name for name in vars() if name.startswith("__")))
