import argparse
import sys

sys.stderr = sys.stdout


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % text)
    return value


def ratio(text):
    try:
        return float(text)
    except ValueError:
        raise ValueError("bad ratio")


p = argparse.ArgumentParser(prog="calc", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument("numbers", type=positive, nargs="+", help="numbers to add")
p.add_argument("--scale", type=ratio, default=1.0, help="scale factor")
p.add_argument("--op", choices=("sum", "max", "min"), default="sum", help="operation")
p.add_argument("--weights", nargs=3, type=float, metavar=("A", "B", "C"))
p.add_argument("--label", default=None, help="a label")
p.add_argument("--extra", nargs=argparse.REMAINDER, default=[])
p.add_argument("-q", "--quiet", action="store_true", help="say less")

print(p.format_help())
for argv in (["1", "2", "3"], ["5", "--op", "max", "--scale", "0.5"],
             ["2", "--weights", "1", "2", "3", "--label", "w"],
             ["7", "--extra", "a", "--b", "c"], ["-q", "9"]):
    ns = p.parse_args(argv)
    func = {"sum": sum, "max": max, "min": min}[ns.op]
    print(sorted(vars(ns).items()), func(ns.numbers) * ns.scale)

for bad in (["0"], ["x"], ["1", "--scale", "q"], ["1", "--weights", "1", "2"], ["--op", "sum"], ["1", "--op"]):
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit code", e.code)

q = argparse.ArgumentParser(prog="files", add_help=False)
q.add_argument("src", nargs="?", default="-")
q.add_argument("dst", nargs="*")
q.add_argument("-I", dest="include", action="append", default=[])
q.add_argument("--opt", nargs="?", const="yes", default="no")
q.add_argument("-x", action="append_const", const="X", dest="marks")
q.add_argument("-y", action="append_const", const="Y", dest="marks")
print(q.format_usage(), end="")
print(q.parse_args([]))
print(q.parse_args(["in", "o1", "o2", "-I", "a", "-Ib", "--opt", "-x", "-y", "-x"]))
print(q.parse_args(["--opt=val", "s"]))
print(q.parse_known_args(["s", "--zzz", "-I", "i", "--www=3"]))
ns = argparse.Namespace(a=1, b="two")
print(ns, ns == argparse.Namespace(b="two", a=1), "a" in ns)
