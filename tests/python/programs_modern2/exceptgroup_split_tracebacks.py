# split() and subgroup() copy __traceback__, __cause__, __context__ and __notes__ onto the parts.
def make():
    try:
        raise ExceptionGroup("eg", [ValueError("v"), TypeError("t")])
    except ExceptionGroup as eg:
        return eg


eg = make()
eg.add_note("note on group")
eg.__cause__ = KeyError("cause")
match, rest = eg.split(ValueError)
for part in (match, rest):
    print(repr(part), part.__traceback__ is eg.__traceback__, repr(part.__cause__),
          getattr(part, "__notes__", None), part.__notes__ is eg.__notes__)
print(eg.exceptions[0].__traceback__ is None)
sub = eg.subgroup(lambda e: isinstance(e, ExceptionGroup))
print(sub is eg)
print(eg.subgroup(lambda e: False))
deep = ExceptionGroup("a", [ExceptionGroup("b", [ValueError(1)]), ValueError(2)])
print(repr(deep.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == 1)))
print(repr(deep.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "b")[0]))
