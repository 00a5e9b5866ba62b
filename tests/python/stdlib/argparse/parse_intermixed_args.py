import argparse, sys
sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog="mix")
p.add_argument("--foo")
p.add_argument("cmd")
p.add_argument("rest", nargs="*", type=int)
print(p.parse_intermixed_args("doit 1 --foo bar 2 3".split()))
print(p.parse_known_args("doit 1 --foo bar 2 3".split()))
print(p.parse_known_intermixed_args("doit 1 --foo bar 2 --zz 3".split()))
try:
    p.parse_intermixed_args(["--foo", "x"])
except SystemExit as e:
    print("exit", e.code)
try:
    p.parse_intermixed_args(["a", "b"])
except SystemExit as e:
    print("exit", e.code)
q = argparse.ArgumentParser(prog="q")
q.add_argument("x")
q.add_argument("r", nargs=argparse.REMAINDER)
try:
    q.parse_intermixed_args(["a"])
except TypeError as e:
    print(type(e).__name__, e)
r = argparse.ArgumentParser(prog="r")
r.add_argument("--req", required=True)
r.add_argument("files", nargs="+")
print(r.parse_intermixed_args(["a", "--req", "1", "b"]))
try:
    r.parse_intermixed_args(["a", "b"])
except SystemExit as e:
    print("exit", e.code)
print(p.usage, r.usage)
