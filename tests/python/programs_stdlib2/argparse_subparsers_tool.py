import argparse
import sys

sys.stderr = sys.stdout

parser = argparse.ArgumentParser(prog="vcs", description="A tiny version control tool.")
parser.add_argument("--debug", action="store_true", help="show debug output")
sub = parser.add_subparsers(dest="command", title="commands", help="sub-command help")

p_init = sub.add_parser("init", help="create a repository")
p_init.add_argument("path", nargs="?", default=".")
p_init.add_argument("--bare", action="store_true")

p_commit = sub.add_parser("commit", help="record changes", aliases=["ci"])
p_commit.add_argument("-m", "--message", required=True)
p_commit.add_argument("--amend", action="store_true")
p_commit.add_argument("files", nargs="*")

p_log = sub.add_parser("log", help="show history")
p_log.add_argument("-n", type=int, default=10, dest="count")
p_log.add_argument("--format", choices=["short", "full", "oneline"], default="short")

for argv in (["init"], ["init", "/tmp/x", "--bare"], ["commit", "-m", "fix", "a.py", "b.py"],
             ["ci", "-m", "alias", "--amend"], ["--debug", "log", "-n", "3", "--format", "oneline"], []):
    ns = parser.parse_args(argv)
    print(argv, "->", ns)

print(parser.format_help())
print(p_commit.format_help())
print(p_log.format_usage())


def attempt(argv):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("SystemExit", e.code)


attempt(["commit"])
attempt(["log", "--format", "xml"])
attempt(["push"])
attempt(["log", "-n", "many"])
attempt(["init", "a", "b"])

req = argparse.ArgumentParser(prog="req")
rsub = req.add_subparsers(dest="cmd", required=True, metavar="CMD")
rsub.add_parser("go")
try:
    req.parse_args([])
except SystemExit as e:
    print("SystemExit", e.code)
print(req.parse_args(["go"]))


def handler_a(ns):
    return "A with %s" % ns.x


def handler_b(ns):
    return "B with %d" % ns.y


disp = argparse.ArgumentParser(prog="disp")
dsub = disp.add_subparsers()
pa = dsub.add_parser("a")
pa.add_argument("x")
pa.set_defaults(func=handler_a)
pb = dsub.add_parser("b")
pb.add_argument("y", type=int)
pb.set_defaults(func=handler_b)
for argv in (["a", "hello"], ["b", "42"]):
    ns = disp.parse_args(argv)
    print(ns.func(ns))
