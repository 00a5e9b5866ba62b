import argparse
import contextlib
import io
import os

os.environ['COLUMNS'] = '80'


def run(parser, argv):
    err = io.StringIO()
    out = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            print(parser.parse_args(argv))
        except SystemExit as e:
            print('exit', e.code)
    print(out.getvalue() + err.getvalue(), end='')


p = argparse.ArgumentParser(prog='prog')
p.add_argument('count', type=int)
p.add_argument('--color', choices=['red', 'green'])
p.add_argument('--size', type=int, required=True)
p.add_argument('--pair', nargs=2)
p.add_argument('--one')
p.add_argument('--many', nargs='+')
p.add_argument('--verbose', action='store_true')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
run(p, ['3', '--size', '1'])
run(p, [])
run(p, ['x', '--size', '1'])
run(p, ['1', '--size', '1', '--color', 'blue'])
run(p, ['1', '--size', '1', '--pair', 'a'])
run(p, ['1', '--size', '1', '--one'])
run(p, ['1', '--size', '1', '--many'])
run(p, ['1', '--size', '1', 'extra', '--what'])
run(p, ['1', '--size', '1', '--verbose=yes'])
run(p, ['1', '--s', '2'])
run(p, ['--version'])
q = argparse.ArgumentParser(prog='q')
q.add_argument('--alpha')
q.add_argument('--alpine')
run(q, ['--al', 'x'])
run(q, ['--alph', 'x'])


def positive(text):
    v = int(text)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % text)
    return v


r = argparse.ArgumentParser(prog='r', exit_on_error=False)
r.add_argument('n', type=positive)
try:
    r.parse_args(['-3'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
try:
    r.parse_args(['0'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
try:
    r.add_argument('n2', required=True)
except TypeError as e:
    print('TypeError:', e)
try:
    r.add_argument('--x')
    r.add_argument('--x')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
