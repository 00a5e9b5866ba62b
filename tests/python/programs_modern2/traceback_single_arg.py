# traceback functions accept the exception alone (3.10).
import traceback
import sys

sys.stderr = sys.stdout
try:
    {}["missing"]
except KeyError as e:
    exc = e
print(traceback.format_exception_only(exc))
lines = traceback.format_exception(exc)
print(lines[0], end="")
print(lines[-1], end="")
te = traceback.TracebackException.from_exception(exc)
print(list(te.format_exception_only()))
print(traceback.format_exception(exc, limit=0))
try:
    raise ValueError("outer") from exc
except ValueError as e2:
    text = "".join(traceback.format_exception(e2))
print(text.count("Traceback"), "direct cause" in text)
traceback.print_exception(ValueError("printed"))
