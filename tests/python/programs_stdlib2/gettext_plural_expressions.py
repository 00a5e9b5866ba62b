import gettext
exprs = ["n != 1", "n && 5", "n || 7", "!n == 1", "!!n", "n > 1 > 0", "n == 1 == 1", "n / 2", "n % 3 ? n / 2 : 9",
         "n==1 ? 0 : n==2 ? 1 : 2", "(n < 5) + (n > 2)", "n < 2 && n > 0 || n == 9", "1 + 2 * n - 3", "((((n))))",
         "n ? n ? 1 : 2 : 3", "n > 1 ? n < 3 ? 1 : 2 : 3", "!(n % 2)", "n - -1" ]
for e in exprs:
    try:
        f = gettext.c2py(e)
        print(repr(e), [f(i) for i in range(6)])
    except Exception as ex:
        print(repr(e), type(ex).__name__, ex)
for bad in ["(" * 25 + "n" + ")" * 25, "x" * 1001, "n ? 1", "n : 1", ")", "n n", "n +", "2 ** n", "n === 1", "n = 1"]:
    try:
        gettext.c2py(bad)
        print(repr(bad)[:30], "ok")
    except ValueError as ex:
        print(repr(bad)[:30], "ValueError", ex)
f = gettext.c2py("n != 1")
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(f(2.0), f(1.0))
print([str(x.message) for x in w], [x.category.__name__ for x in w])
try:
    f("x")
except TypeError as ex:
    print("TypeError", ex)
