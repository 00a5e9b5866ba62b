# Using NotImplemented as a truth value works (it is true) but warns.
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(bool(NotImplemented))
    print(not NotImplemented)
    print(NotImplemented or "other")
    print("yes" if NotImplemented else "no")

for w in caught:
    print(w.category.__name__, w.message, w.lineno)


class Sloppy:
    # An __eq__ that wrongly uses the result of another comparison as a bool.
    def __eq__(self, other):
        if self.__class__.__eq__(self, other) if False else NotImplemented:
            return True
        return False


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(Sloppy() == 1)
print(len(caught), caught[0].category.__name__)
