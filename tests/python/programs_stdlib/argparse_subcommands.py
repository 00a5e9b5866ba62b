import argparse, sys

def cmd_add(args):
    print("add", args.name, args.priority)

def cmd_list(args):
    print("list all" if args.all else "list open", args.limit)

parser = argparse.ArgumentParser(prog="todo")
parser.add_argument("--db", default="todo.db")
sub = parser.add_subparsers(dest="command", title="commands", help="sub-command help")
p_add = sub.add_parser("add", help="add a task", aliases=["a"])
p_add.add_argument("name")
p_add.add_argument("-p", "--priority", type=int, default=1)
p_add.set_defaults(func=cmd_add)
p_list = sub.add_parser("list", help="list tasks")
p_list.add_argument("--all", action="store_true")
p_list.add_argument("--limit", type=int, required=False)
p_list.set_defaults(func=cmd_list)
for argv in (["add", "buy milk", "-p", "3"], ["a", "x"], ["--db", "x.db", "list", "--all", "--limit", "2"], ["list"], []):
    args = parser.parse_args(argv)
    print({k: v for k, v in vars(args).items() if k != "func"})
    if hasattr(args, "func"):
        args.func(args)
parser.print_help()
p_add.print_help()
print(p_add.format_usage(), end="")
sys.stderr = sys.stdout
for argv in (["remove"], ["add"], ["add", "x", "--priority"], ["list", "extra"]):
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
p2 = argparse.ArgumentParser(prog="req")
s2 = p2.add_subparsers(dest="cmd", required=True)
s2.add_parser("go")
try:
    p2.parse_args([])
except SystemExit as e:
    print("exit", e.code)
p3 = argparse.ArgumentParser(prog="kinds", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p3.add_argument("--size", type=int, default=10, help="the size")
p3.add_argument("--name", default="anon", help="who")
p3.add_argument("items", nargs="+", help="things")
p3.add_argument("--rest", nargs=argparse.REMAINDER)
p3.print_help()
print(p3.parse_args(["a", "b", "--size", "4", "--rest", "x", "--y"]))
p4 = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                             description="Line one\n  indented line\nLine three")
p4.add_argument("-x", required=True, help="needed")
p4.print_help()
try:
    p4.parse_args([])
except SystemExit as e:
    print("exit", e.code)
p5 = argparse.ArgumentParser(prog="pfx", prefix_chars="+", add_help=False)
p5.add_argument("+f", action="store_true")
print(p5.parse_args(["+f"]))
try:
    parser.add_argument("--db")
except argparse.ArgumentError as e:
    print(type(e).__name__, e)
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(a=1, b="x"), "a" in ns)
