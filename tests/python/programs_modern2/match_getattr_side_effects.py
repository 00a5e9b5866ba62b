# Class patterns read attributes once each, in order, and stop at the first failure.
class Traced:
    __match_args__ = ("a", "b", "c")

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  get", name)
        return object.__getattribute__(self, name)

    def __init__(self):
        object.__setattr__(self, "a", 1)
        object.__setattr__(self, "b", 2)
        object.__setattr__(self, "c", 3)


print("full match:")
match Traced():
    case Traced(1, 2, 3):
        print("  matched")

print("fails at b:")
match Traced():
    case Traced(1, 9, 3):
        print("  no")
    case _:
        print("  fell through")

print("missing attribute is a failed match, not an error:")
match Traced():
    case Traced(zz=1):
        print("  no")
    case Traced(a=1):
        print("  matched by keyword")
