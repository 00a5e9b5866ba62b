# An except clause takes a class or a flat tuple of exception classes. Every
# item is checked before matching, so a bad item fails even after a match,
# and a nested tuple is not allowed (Python 3.11).
def attempt(label, clause, exc=ValueError):
    try:
        try:
            raise exc("boom")
        except clause:
            print(label, "caught")
    except TypeError as e:
        print(label, "TypeError:", e)
    except Exception as e:
        print(label, "escaped:", type(e).__name__)


attempt("class", ValueError)
attempt("tuple", (TypeError, ValueError))
attempt("no match", (TypeError, KeyError))
attempt("empty tuple", ())
attempt("nested tuple", (TypeError, (ValueError,)))
attempt("match then bad item", (ValueError, 5))
attempt("bad item first", ("x", ValueError))
attempt("instance", ValueError("x"))
attempt("non-exception class", (int,))
attempt("subclass via base", (LookupError, ArithmeticError), KeyError)

# An except clause evaluated but never reached is not checked.
try:
    pass
except 5:
    pass
print("unreached clause is fine")
