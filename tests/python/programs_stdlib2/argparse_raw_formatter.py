import argparse
import textwrap

p = argparse.ArgumentParser(
    prog="fmt",
    formatter_class=argparse.RawDescriptionHelpFormatter,
    description=textwrap.dedent("""\
        Formats things.
        ---------------
            indented line kept
        last line"""),
    epilog="example:\n  fmt --width 40 file.txt",
)
p.add_argument("file", help="the file to format, which has a rather long help text so that it wraps over more than one line in the output")
p.add_argument("--width", type=int, default=72, help="line width (default: %(default)s)")
p.add_argument("--style", choices=["a", "b"], help="style among %(choices)s")
p.add_argument("--name", metavar="NAME", dest="who", help="name %(metavar)s of type %(type)s")
p.add_argument("--secret", help=argparse.SUPPRESS)
print(p.format_help())

r = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawTextHelpFormatter)
r.add_argument("--table", help="row1  col\nrow2  col\n   indented")
print(r.format_help())

m = argparse.ArgumentParser(prog="meta", formatter_class=argparse.MetavarTypeHelpFormatter)
m.add_argument("count", type=int)
m.add_argument("--ratio", type=float)
print(m.format_help())

long = argparse.ArgumentParser(prog="a_program_with_a_rather_long_name_to_force_wrapping")
for name in ("alpha", "beta", "gamma", "delta", "epsilon", "zeta"):
    long.add_argument("--" + name + "-option", metavar=name.upper())
long.add_argument("inputs", nargs="+")
long.add_argument("output")
print(long.format_usage())

ver = argparse.ArgumentParser(prog="v", usage="%(prog)s [options] thing")
ver.add_argument("thing")
print(ver.format_help())
print(repr(argparse.SUPPRESS), argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE)
print(argparse.Namespace(x=1, y=[2]))
ns = argparse.Namespace()
ns.z = 3
print(ns, vars(ns))
b = argparse.ArgumentParser(prog="bool")
b.add_argument("--feature", action=argparse.BooleanOptionalAction, default=True, help="toggle feature")
print(b.format_help())
print(b.parse_args(["--no-feature"]), b.parse_args(["--feature"]), b.parse_args([]))
