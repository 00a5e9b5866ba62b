# argparse tutorial: positional and optional arguments, counts, choices, mutually exclusive groups, format_help().
import argparse
import io
from contextlib import redirect_stderr, redirect_stdout

def make():
    parser = argparse.ArgumentParser(prog='prog', description="calculate X to the power of Y")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("-v", "--verbose", action="count", default=0)
    group.add_argument("-q", "--quiet", action="store_true")
    parser.add_argument("x", type=int, help="the base")
    parser.add_argument("y", type=int, help="the exponent")
    return parser

def run(argv):
    parser = make()
    err = io.StringIO()
    try:
        with redirect_stderr(err):
            args = parser.parse_args(argv)
    except SystemExit as e:
        print('exit', e.code, '|', err.getvalue().strip().splitlines()[-1])
        return
    answer = args.x ** args.y
    if args.quiet:
        print(answer)
    elif args.verbose >= 2:
        print(f"Running '{parser.prog}'")
        print(f"{args.x} to the power {args.y} equals {answer}")
    elif args.verbose:
        print(f"{args.x}^{args.y} == {answer}")
    else:
        print(f"{args.x}^{args.y} == {answer}")
    print(vars(args))

run(['4', '2'])
run(['4', '2', '-q'])
run(['4', '2', '-v'])
run(['4', '2', '-vv'])
run(['4', '2', '-vq'])
run(['4'])
run(['four', '2'])
run(['4', '2', '--verbose', '--verbose', '--verbose'])
print(make().format_usage(), end='')
print(make().format_help(), end='')
p = argparse.ArgumentParser(prog='square')
p.add_argument('square', type=int, help='display a square of a given number')
p.add_argument('-v', '--verbosity', type=int, choices=[0, 1, 2], help='increase output verbosity')
print(p.parse_args(['4', '-v', '2']))
err = io.StringIO()
try:
    with redirect_stderr(err):
        p.parse_args(['4', '-v', '3'])
except SystemExit as e:
    print(e.code, err.getvalue())
out = io.StringIO()
try:
    with redirect_stdout(out):
        p.parse_args(['-h'])
except SystemExit as e:
    print(e.code, out.getvalue())
