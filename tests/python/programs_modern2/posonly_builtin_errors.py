# Built-ins with positional-only parameters reject keywords with these messages.
calls = [
    lambda: divmod(a=7, b=2),
    lambda: "abc".startswith(prefix="a"),
    lambda: [].append(object=1),
    lambda: abs(x=-1),
    lambda: isinstance(obj=1, class_or_tuple=int),
    lambda: {}.get(key="k"),
    lambda: "a,b".split(sep=",", maxsplit=-1, extra=1),
    lambda: sorted([3, 1], lambda x: x),
    lambda: max(iterable=[1]),
    lambda: int("5", base=10, x=1),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
print("a,b".split(sep=","), sorted([3, 1], key=None, reverse=True), int("ff", base=16))
