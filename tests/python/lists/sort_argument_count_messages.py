# list.sort with too many arguments: the clinic counts all of them against its two keyword-only
# parameters before refusing positional ones.
for args, kw in [((1, 2, 3), {}), ((), {"key": None, "reverse": 1, "x": 2}), ((1,), {"key": None, "reverse": 1}), ((1,), {}), ((), {"x": 1})]:
    try:
        [3, 1].sort(*args, **kw)
        print("ok")
    except TypeError as e:
        print(e)
