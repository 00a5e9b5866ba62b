# SyntaxWarnings that CPython's compiler emits for likely mistakes, caught with warnings.catch_warnings.
import warnings

SOURCES = [
    "x = 5\nif x is 5: pass",
    "x = 'a'\nx is not 'a'",
    "x = 1\nx is -1",
    "x = ()\nx is ()",
    "x = 1\nx is (1, 2)",
    "x = 1\nx is (x, 2)",
    "x = 1\nx is None or x is True or x is ...",
    "x = 1\n1 < x is 2 == x",
    "x = 1\nb'a' is x",
    "x = 1.5\nx is 1.5",
    "x = 1\nx is 1j",
    "x = 1\nx is f'a'",
    "assert (1, 'message')",
    "x = 1\nassert (x, 'message')",
    "assert ()",
    "assert (1)",
    "[1, 2](3)",
    "(1, 2)(3)",
    "(x, 2)(3)",
    "None()",
    "'abc'()",
    "f'abc'()",
    "{1: 2}()",
    "{1, 2}()",
    "[i for i in ()]()",
    "(i for i in ())()",
    "{i: i for i in ()}()",
    "{i for i in ()}()",
    "1()",
    "1.5()",
    "...()",
    "1[0]",
    "True[0]",
    "{1, 2}[0]",
    "(lambda: 1)[0]",
    "(i for i in ())[0]",
    "{i for i in ()}[0]",
    "None[0]",
    "...[0]",
    "'abc'[0]",
    "'abc'['a']",
    "'abc'[1.5]",
    "b'abc'[None]",
    "(1, 2)['a']",
    "(x, 2)['a']",
    "[1, 2][(1, 2)]",
    "[1, 2][[1]]",
    "[1, 2][1:2]",
    "[1, 2][True]",
    "[i for i in ()]['a']",
    "f'ab'[1.0]",
    "'abc'[lambda: 1]",
    "'abc'[{1}]",
    "'abc'[{}]",
    "'abc'[x]",
    "x = [1]\nx[1.5] = 2",
    "def f():\n    return 1 is 1\n",
    "class C:\n    y = 'a' is 'a'\n",
    "lambda: 1 is 1",
    "[y for y in range(3) if y is 1]",
]

for src in SOURCES:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "<test>", "exec")
    print(repr(src))
    for w in caught:
        print("   ", w.category.__name__, w.lineno, w.filename, w.message)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["x = 1\nx is 1", "[1]()", "assert (1, 2)"]:
        try:
            compile(src, "<err>", "exec")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.lineno, e.filename)
