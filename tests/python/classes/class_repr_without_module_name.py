# A class made where the globals have no __name__ (exec with a bare dict) gets
# __module__ 'builtins'; its repr then shows the class's __name__, not its
# qualified name, as CPython's type_repr does for builtins.
ns = {}
exec("""
class Outer:
    class Inner:
        pass

def make():
    class Local:
        pass
    return Local
""", ns)
Outer, make = ns["Outer"], ns["make"]
for cls in (Outer, Outer.Inner, make()):
    print(cls.__module__, cls.__qualname__, repr(cls))

Outer.Inner.__name__ = "Renamed"
print(repr(Outer.Inner), Outer.Inner.__qualname__)


# With a module name, the repr uses the qualified name.
class Here:
    class Nested:
        pass


Here.Nested.__name__ = "Other"
print(repr(Here.Nested))
print(repr(int), repr(type), repr(type(None)))
