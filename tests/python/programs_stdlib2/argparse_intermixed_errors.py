import argparse
import sys

sys.stderr = sys.stdout


class KeyValue(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        d = getattr(namespace, self.dest) or {}
        for item in values:
            if "=" not in item:
                parser.error("expected KEY=VALUE, got %r" % item)
            k, v = item.split("=", 1)
            d[k] = v
        setattr(namespace, self.dest, d)


p = argparse.ArgumentParser(prog="kv", exit_on_error=False)
p.add_argument("--set", nargs="+", action=KeyValue, dest="settings", metavar="KEY=VALUE")
p.add_argument("--count", type=int)
p.add_argument("--ext", action="extend", nargs="+", type=str)
p.add_argument("rest", nargs="*")
print(p.parse_args(["--set", "a=1", "b=2", "--ext", "x", "y", "--ext", "z"]))
try:
    p.parse_args(["--count", "nope"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name, "|", e.message)
try:
    p.parse_args(["--set", "novalue"])
except SystemExit as e:
    print("SystemExit", e.code)

q = argparse.ArgumentParser(prog="mix")
q.add_argument("--foo")
q.add_argument("cmd")
q.add_argument("rest", nargs="*")
print(q.parse_intermixed_args(["doit", "1", "--foo", "bar", "2", "3"]))
print(q.parse_known_intermixed_args(["doit", "--zzz", "1"]))
print(q.parse_args(["a", "b", "c"]))

r = argparse.ArgumentParser(prog="neg")
r.add_argument("-1", dest="one", action="store_true")
r.add_argument("value", nargs="?")
print(r.parse_args(["-1"]))
s = argparse.ArgumentParser(prog="numbers")
s.add_argument("x", type=float)
print(s.parse_args(["-5.5"]))
s.add_argument("--delta", type=int, default=0)
print(s.parse_args(["--delta", "-3", "2"]))
t = argparse.ArgumentParser(prog="file", fromfile_prefix_chars="@")
t.add_argument("--name")
t.add_argument("items", nargs="*")
print(t.parse_args(["--name", "n", "i1"]))
try:
    t.parse_args(["@/nonexistent/args.txt"])
except SystemExit as e:
    print("SystemExit", e.code)

u = argparse.ArgumentParser(prog="req")
u.add_argument("--must", required=True)
u.add_argument("--also", required=True)
u.add_argument("pos")
try:
    u.parse_args([])
except SystemExit as e:
    print("SystemExit", e.code)
try:
    u.parse_args(["x", "--must"])
except SystemExit as e:
    print("SystemExit", e.code)
v = argparse.ArgumentParser(prog="amb")
v.add_argument("--verbose", action="store_true")
v.add_argument("--version-info", action="store_true")
try:
    v.parse_args(["--ver"])
except SystemExit as e:
    print("SystemExit", e.code)
print(v.parse_args(["--verb"]))
v.print_usage()
print(v.get_default("verbose"), v.convert_arg_line_to_args("a b"))
v.set_defaults(verbose="D", extra=5)
print(v.parse_args([]))
try:
    v.error("custom failure")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    v.exit(3, "leaving now\n")
except SystemExit as e:
    print("SystemExit", e.code)
