# Each rich comparison is a level of recursion depth (CPython's PyObject_RichCompare): comparing
# lists nested 5000 deep, or an __lt__/__eq__ that compares itself, runs out " in comparison"
# or in the Python frame, whichever comes first.
a = []; b = []
for i in range(5000):
    a = [a]; b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError", e)
class Lt:
    def __lt__(self, o): return self < o
def wrap(n, f):
    if n == 0:
        try:
            f()
        except RecursionError as e:
            return str(e)
    return wrap(n - 1, f)
for n in range(4):
    print(n, wrap(n, lambda: Lt() < Lt()))
class Eq:
    def __eq__(self, o): return self == o
for n in range(4):
    print(n, wrap(n, lambda: Eq() == Eq()))
