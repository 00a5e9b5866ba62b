# sys.exit(tuple): a handler sees SystemExit(*tuple) (so (3,) means code 3), but if nothing catches
# it CPython reports the tuple itself, unnormalized: its repr on stderr and exit status 1.
import sys

try:
    sys.exit((3,))
except SystemExit as exc:
    print("caught", exc.args, exc.code)
try:
    try:
        sys.exit((7, "x"))
    finally:
        print("finally ran")
except SystemExit as exc:
    print("caught after finally", exc.args, exc.code)
print("exiting with a tuple")
sys.exit((1, 2))
