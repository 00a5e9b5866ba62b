import argparse
from enum import Enum
from dataclasses import dataclass
import sys, io, contextlib

class Level(Enum):
    DEBUG = "debug"
    INFO = "info"
    WARN = "warn"
    def __str__(self):
        return self.value

@dataclass
class Options:
    files: list
    level: Level
    count: int
    dry_run: bool
    tags: list

def build() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tool", description="Process some files.")
    p.add_argument("files", nargs="+", help="input files")
    p.add_argument("-l", "--level", type=Level, choices=list(Level), default=Level.INFO)
    p.add_argument("-n", "--count", type=int, default=1, metavar="N", help="repeat N times (default: %(default)s)")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("-t", "--tag", dest="tags", action="append", default=[])
    g = p.add_mutually_exclusive_group()
    g.add_argument("-q", "--quiet", action="store_true")
    g.add_argument("-v", "--verbose", action="count", default=0)
    return p

parser = build()
for argv in [["a.txt"], ["a.txt", "b.txt", "-l", "debug", "-n", "3", "--dry-run", "-t", "x", "-t", "y"],
             ["-vvv", "f"], ["--level=warn", "--", "-weird-file"]]:
    ns = parser.parse_args(argv)
    opts = Options(ns.files, ns.level, ns.count, ns.dry_run, ns.tags)
    print(opts, ns.verbose, ns.quiet)
print(vars(parser.parse_args(["z"])))
for bad in [[], ["f", "-l", "loud"], ["f", "-n", "many"], ["f", "-q", "-v"], ["f", "--nope"]]:
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            parser.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code, "|", err.getvalue().strip().splitlines()[-1])
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        parser.parse_args(["-h"])
    except SystemExit as e:
        print("exit", e.code)
print(out.getvalue())
print(parser.format_usage())
ns, rest = parser.parse_known_args(["f", "--other", "1"])
print(ns.files, rest)
sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd", required=True)
c = sp.add_parser("commit", help="record changes")
c.add_argument("-m", required=True)
pu = sp.add_parser("push")
pu.add_argument("remote", nargs="?", default="origin")
print(sub.parse_args(["commit", "-m", "msg"]), sub.parse_args(["push"]))
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        sub.parse_args(["commit"])
except SystemExit as e:
    print("exit", e.code, "|", err.getvalue().strip().splitlines()[-1])
