try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as v:
    print(type(v.__cause__).__name__, v.__cause__, v.__suppress_context__)
    print(type(v.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during handling")
except TypeError as t:
    print(t.__cause__, type(t.__context__).__name__, t.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("no context") from None
except TypeError as t:
    print(t.__cause__, type(t.__context__).__name__, t.__suppress_context__)
e = RuntimeError("x")
print(e.__cause__, e.__context__, e.__traceback__)
