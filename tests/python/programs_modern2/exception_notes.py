# BaseException.add_note (3.11): notes print after the message in tracebacks.
import traceback

try:
    raise TypeError("bad type")
except Exception as e:
    e.add_note("Add some information")
    e.add_note("Add some more information")
    print(e.__notes__)
    print("".join(traceback.format_exception_only(type(e), e)), end="")

e = ValueError("x")
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
e.__notes__ = "not a list"
try:
    e.add_note("y")
except TypeError as err:
    print("TypeError:", err)
e2 = KeyError("k")
e2.__notes__ = ["a note", 17]
print("".join(traceback.format_exception_only(e2)), end="")
eg = ExceptionGroup("group", [ValueError(1)])
eg.add_note("group note")
print("".join(traceback.format_exception_only(eg)), end="")


def process(item):
    try:
        return 10 / item
    except ZeroDivisionError as err:
        err.add_note(f"while processing item {item!r}")
        raise


print(process(5))
process(0)
