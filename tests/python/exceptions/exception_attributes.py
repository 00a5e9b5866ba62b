try:
    {}["missing"]
except KeyError as e:
    print(e.args, type(e).__mro__[1].__name__)
try:
    int("q")
except ValueError as e:
    print(e.args)
try:
    undefined
except NameError as e:
    print(e.name if hasattr(e, "name") else "-")
try:
    (1).foo
except AttributeError as e:
    print(e.name if hasattr(e, "name") else "-", e.obj if hasattr(e, "obj") else "-")
e = Exception("a", "b")
e.args = ("changed",)
print(e)
e.extra = 1
print(e.extra)
try:
    raise OSError(2, "No such file or directory", "x.txt")
except OSError as err:
    print(err.errno, err.strerror, err.filename, err)
    print(type(err).__name__)
