# operator functions called wrongly: one-argument ones are METH_O C functions of _operator
# ("_operator.abs() takes exactly one argument (0 given)"), two-argument ones check the count,
# keywords are refused naming _operator, and countOf/indexOf/call word their errors as CPython.
import operator

calls = [
    "operator.abs()", "operator.abs(1, 2)", "operator.abs(a=1)", "operator.neg()", "operator.inv()",
    "operator.invert()", "operator.index()", "operator.not_()", "operator.truth(1, 2)",
    "operator.add(1)", "operator.add(a=1)", "operator.delitem([1])", "operator.call()",
    "operator.countOf(1, 2)", "operator.indexOf(5, 1)", "operator.indexOf([1], 2)",
    "operator.length_hint()", "operator.invert.__name__", "operator.__invert__.__name__",
    "operator.__inv__.__name__", "operator.call(len, [1, 2])", "operator.call(dict, a=1)",
    "operator.countOf([1, 2, 1], 1)",
]
for c in calls:
    try:
        print(c, "->", eval(c))
    except (TypeError, ValueError) as e:
        print(c, "->", type(e).__name__, e)
for op, key in [("del", 2 ** 70), ("set", 2 ** 70), ("del", 0), ("set", 0), ("del", "k")]:
    for target in ["abc", (1, 2), b"xy", frozenset([1])]:
        try:
            if op == "del":
                del target[key]
            else:
                target[key] = 1
        except (TypeError, IndexError) as e:
            print(op, type(target).__name__, type(key).__name__, type(e).__name__, e)
for start in ["", b"", 0]:
    for iterable in [5, None, ["a"]]:
        try:
            print(sum(iterable, start))
        except TypeError as e:
            print(repr(start), repr(iterable), "TypeError:", e)
