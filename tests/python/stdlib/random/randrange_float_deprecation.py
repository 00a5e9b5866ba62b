# randrange() with float arguments: integral floats still work with a DeprecationWarning
# blamed on randrange's caller; non-integral ones warn before the ValueError.
import random
import warnings

r = random.Random(7)


def call(*args):
    return r.randrange(*args)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(call(10.0))
    print(call(2, 20.0, 3.0))
    for bad in [(1.5,), (1, 7.5), (1, 7, 0.5)]:
        try:
            call(*bad)
        except ValueError as e:
            print("ValueError:", e)
for w in caught:
    print(w.category.__name__, w.lineno, w.message)

