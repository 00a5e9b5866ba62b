import argparse, sys
sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog="convert", description="Convert files between formats. " * 3,
                            epilog="Examples:\n  convert a.txt")
p.add_argument("source", metavar="SRC", help="the source file to read from, which must exist")
p.add_argument("dest", nargs="?", default="-", help="destination (default: stdout)")
p.add_argument("-f", "--format", choices=["json", "yaml", "toml"], required=True, help="output format")
p.add_argument("-q", "--quiet", action="store_true", help=argparse.SUPPRESS)
p.add_argument("--size", nargs=2, metavar=("W", "H"), type=int, help="size in pixels")
p.add_argument("--include", nargs="+", default=[], help="patterns to include")
p.add_argument("--exclude", nargs="*", help="patterns to exclude")
p.add_argument("--level", type=int, default=1, choices=range(1, 6), metavar="{1..5}")
p.add_argument("--very-long-option-name-that-wraps", dest="long", help="a long option to test wrapping of help text columns")
p.print_help()
print(p.format_usage())
print(p.parse_args(["in.txt", "-f", "json", "--size", "3", "4", "--include", "a", "b", "--exclude"]))
print(p.parse_args(["-fyaml", "in.txt", "out.txt", "--level=3", "-q"]))
for argv in [["in.txt"], ["-f", "xml", "x"], ["--size", "1", "x", "-f", "json", "s"], ["-f", "json"], ["-f", "json", "a", "b", "c"],
             ["--level", "9", "-f", "json", "x"], ["--inc", "z", "-f", "json", "x"], ["--ex", "-f", "json", "s"]]:
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print("-> exit", e.code)
q = argparse.ArgumentParser(prog="quiet", exit_on_error=False)
q.add_argument("--n", type=int)
try:
    q.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name, "|", e.message)
r = argparse.ArgumentParser(prog="mix")
r.add_argument("cmd")
r.add_argument("rest", nargs="*")
r.add_argument("--opt")
print(r.parse_intermixed_args(["a", "b", "--opt", "o", "c"]))
print(r.parse_args(["a", "--opt", "o"]))
s = argparse.ArgumentParser(prog="abbrev", allow_abbrev=False)
s.add_argument("--verbose", action="store_true")
try:
    s.parse_args(["--verb"])
except SystemExit as e:
    print("-> exit", e.code)
t = argparse.ArgumentParser(prog="typed")
t.add_argument("x", type=float)
t.add_argument("--ratio", type=lambda v: float(v) / 100)
def positive(v):
    n = int(v)
    if n <= 0:
        raise argparse.ArgumentTypeError(f"{v} is not positive")
    return n
t.add_argument("--count", type=positive)
print(t.parse_args(["2.5", "--ratio", "50", "--count", "3"]))
for argv in [["x"], ["1", "--count", "-2"], ["1", "--count", "0"]]:
    try:
        t.parse_args(argv)
    except SystemExit as e:
        print("-> exit", e.code)
u = argparse.ArgumentParser(prog="defaults", argument_default=argparse.SUPPRESS)
u.add_argument("--a")
u.add_argument("--b", default=5)
print(u.parse_args([]), u.parse_args(["--a", "1"]))
u.set_defaults(c=7)
print(u.parse_args([]), u.get_default("b"), u.get_default("c"))
