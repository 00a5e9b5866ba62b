# enumerate() parses its own arguments, with messages of its own (CPython enum_vectorcall).
calls = [
    "enumerate()",
    "enumerate(start=1)",
    "enumerate(iterable='ab')",
    "enumerate(iterable='ab', start=2)",
    "enumerate(start=3, iterable='ab')",
    "enumerate('ab', begin=1)",
    "enumerate('ab', 2, 3)",
    "enumerate(x=1)",
    "enumerate('ab', start=1, x=2)",
    "enumerate(a=1, b=2)",
    "enumerate(start=1, b=2)",
    "enumerate(b=2, iterable='ab')",
    "enumerate('ab', iterable='cd')",
    "enumerate(x=1, y=2, z=3)",
    "enumerate('ab', '2')",
    "enumerate(5)",
    "enumerate('ab', 2.0)",
]
for call in calls:
    try:
        print(call, list(eval(call)))
    except TypeError as e:
        print(call, "->", type(e).__name__, e)
