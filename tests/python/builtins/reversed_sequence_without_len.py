# reversed() of an object with __getitem__ but no __len__ fails in len(); without __getitem__ it is
# "not reversible"; __reversed__ = None opts out.
class NoLen:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i
class Plain:
    pass
class OptOut:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
class Seq(NoLen):
    def __len__(self):
        return 3
for obj in (NoLen(), Plain(), OptOut(), {"a": 1}, 5, Seq(), "abc", [1, 2]):
    try:
        print(type(obj).__name__, list(reversed(obj)))
    except TypeError as ex:
        print(type(obj).__name__, "TypeError:", ex)
