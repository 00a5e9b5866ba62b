import argparse
import sys

sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog="backup", description="Back up files.\nKeeps them safe.",
                            epilog="Report bugs to nobody.")
src = p.add_argument_group("source", "Where files come from")
src.add_argument("paths", nargs="+", metavar="PATH")
src.add_argument("--exclude", action="append", metavar="GLOB", help="skip matching files")
dst = p.add_argument_group("destination")
dst.add_argument("-o", "--output", required=True, help="archive name")
mode = p.add_mutually_exclusive_group()
mode.add_argument("--gzip", action="store_const", dest="comp", const="gz", help="gzip it")
mode.add_argument("--bzip2", action="store_const", dest="comp", const="bz2", help="bzip2 it")
mode.add_argument("--store", action="store_const", dest="comp", const=None)
verb = p.add_mutually_exclusive_group(required=True)
verb.add_argument("-v", "--verbose", action="count")
verb.add_argument("-s", "--silent", action="store_true")
p.add_argument("--level", type=int, choices=range(1, 10), default=6)

print(p.format_usage(), end="")
print(p.format_help())

tests = [
    ["a", "b", "-o", "out.tar", "-v"],
    ["a", "-o", "x", "--gzip", "-vvv", "--exclude", "*.pyc", "--exclude", "*.o"],
    ["a", "-o", "x", "--gzip", "--bzip2", "-s"],
    ["a", "-o", "x"],
    ["-o", "x", "-s"],
    ["a", "-s", "--level", "0", "-o", "x"],
    ["a", "-s", "--level", "7", "-o", "x"],
    ["a", "-v", "-s", "-o", "x"],
]
for argv in tests:
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)

c = argparse.ArgumentParser(prog="conflict", conflict_handler="resolve")
c.add_argument("-f", "--foo", help="old foo")
c.add_argument("-f", "--foo", help="new foo", default="F")
print(c.format_help())
try:
    d = argparse.ArgumentParser(prog="dup")
    d.add_argument("--x")
    d.add_argument("--x")
except argparse.ArgumentError as e:
    print(type(e).__name__, e)

pre = argparse.ArgumentParser(prog="pre", prefix_chars="+-", fromfile_prefix_chars=None, allow_abbrev=True)
pre.add_argument("+p", "--plus", action="store_true")
pre.add_argument("--verbose-mode", action="store_true")
print(pre.parse_args(["+p", "--verb"]))
noab = argparse.ArgumentParser(prog="noab", allow_abbrev=False)
noab.add_argument("--verbose-mode", action="store_true")
try:
    noab.parse_args(["--verb"])
except SystemExit as e:
    print("exit", e.code)
