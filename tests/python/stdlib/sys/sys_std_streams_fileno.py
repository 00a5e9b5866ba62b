# The standard streams are file descriptors 0, 1 and 2; an in-memory stream has none.
import io
import sys

print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.__stdout__.fileno() == sys.stdout.fileno(), sys.__stderr__.fileno())
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
