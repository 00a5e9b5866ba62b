# An uncaught exception group prints as a tree; the last stderr line closes it.
import traceback


def f():
    raise ExceptionGroup("outer", [ValueError("bad value"),
                                   ExceptionGroup("inner", [TypeError("bad type")])])


try:
    f()
except ExceptionGroup as eg:
    lines = traceback.format_exception(eg)
    text = "".join(lines)
    for line in text.splitlines():
        if "File" in line or line.strip().startswith(("^", "~", "raise", "f()", "ExceptionGroup(\"outer\"")):
            continue
        print(line)

print("now uncaught:")
f()
