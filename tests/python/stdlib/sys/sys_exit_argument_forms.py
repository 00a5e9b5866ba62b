# sys.exit(status) raises SystemExit made as raising the class would be: no status or None
# gives SystemExit() with no args, a tuple is the argument list, anything else the one arg.
import sys

for args in [(), (None,), (0,), (42,), ("message",), ((1, 2),), ((),), ((5,),), ([1],), (False,)]:
    try:
        sys.exit(*args)
    except SystemExit as exc:
        print(args, "-> args", exc.args, "code", repr(exc.code), repr(exc))

try:
    sys.exit(1, 2)
except TypeError as exc:
    print("TypeError:", exc)
print(repr(SystemExit()), SystemExit().code, SystemExit(None).args, SystemExit(1, 2).code)
