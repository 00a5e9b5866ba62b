# operator's functions and functools.reduce are positional-only C functions: wrong argument counts
# and keywords give CPython's "expected N arguments" and "takes no keyword arguments".
import operator, functools
calls = [
    lambda: operator.add(1), lambda: operator.add(1, 2, 3), lambda: operator.mul(7, 6),
    lambda: functools.reduce(), lambda: functools.reduce(function=max, sequence=[1]),
    lambda: functools.reduce(operator.add, [1, 2], 10, 4), lambda: functools.reduce(operator.add, [1, 2], 10),
    lambda: operator.length_hint(), lambda: operator.length_hint([1, 2]), lambda: operator.length_hint(iter([]), 5, 6),
    lambda: operator.call(max, 1, 2, key=lambda x: -x), lambda: functools.cmp_to_key(mycmp=len) is not None,
]
for call in calls:
    try:
        print(call())
    except TypeError as ex:
        print("TypeError:", ex)
