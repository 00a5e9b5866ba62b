# argparse reference: nargs, const, default, dest, metavar, append, store_const, version-free actions, subparsers, parse_known_args.
import argparse
import io
from contextlib import redirect_stderr

parser = argparse.ArgumentParser(prog='PROG', description='Process some integers.', epilog='And that is how you do it.')
parser.add_argument('integers', metavar='N', type=int, nargs='+', help='an integer for the accumulator')
parser.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max,
                    help='sum the integers (default: find the max)')
args = parser.parse_args(['--sum', '7', '-1', '42'])
print(args.accumulate(args.integers), parser.parse_args(['1', '2', '4']).accumulate([1, 2, 4]))
print(parser.format_help())
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--foo', action='store_true')
p.add_argument('--bar', action='store_false')
p.add_argument('--baz', action='append')
p.add_argument('--types', action='append_const', dest='types', const=str)
p.add_argument('--const', action='store_const', const=42)
p.add_argument('-x', nargs=2)
p.add_argument('-o', nargs='?', const='c', default='d')
p.add_argument('rest', nargs='*')
p.add_argument('--ext', action='extend', nargs='+', type=str)
print(p.parse_args(['--foo', '--baz', '1', '--baz', '2', '--types', '-x', 'a', 'b', '-o', 'r1', 'r2']))
print(p.parse_args(['-o', '--ext', 'f1', '--ext', 'f2', 'f3', '--const']))
print(p.parse_args([]))
p = argparse.ArgumentParser(prog='PROG', prefix_chars='-+', allow_abbrev=True)
p.add_argument('+f')
p.add_argument('++bar')
p.add_argument('--foobar', type=float, default=1.5)
print(p.parse_args('+f X ++bar Y --foob 2.5'.split()))
print(p.parse_known_args(['+f', 'a', '--unknown', 'u', 'extra']))
p = argparse.ArgumentParser(prog='PROG', argument_default=argparse.SUPPRESS)
p.add_argument('--foo')
p.add_argument('bar', nargs='?')
print(p.parse_args([]), p.parse_args(['--foo', '1', 'BAR']))
p = argparse.ArgumentParser(prog='PROG')
p.set_defaults(bar=42, baz='badger')
p.add_argument('--foo', type=int, required=True, metavar='F', help='foo of the %(prog)s program (default: %(default)s)')
p.add_argument('--choose', choices='abc', default='a')
sub = p.add_subparsers(dest='command', help='sub-command help')
pa = sub.add_parser('a', help='a help')
pa.add_argument('bar', type=int, help='bar help')
pb = sub.add_parser('b', help='b help', aliases=['bee'])
pb.add_argument('--baz', choices='XYZ', help='baz help')
print(p.parse_args(['--foo', '1', 'a', '12']))
print(p.parse_args(['--foo', '2', 'bee', '--baz', 'Z']))
print(p.format_help())
print(pb.format_help())
for argv in (['a', '1'], ['--foo', 'x', 'a', '1'], ['--foo', '1', 'c'], ['--foo', '1', '--choose', 'z'], ['--foo', '1', 'b', '--bad']):
    err = io.StringIO()
    try:
        with redirect_stderr(err):
            p.parse_args(argv)
    except SystemExit as e:
        print(e.code, err.getvalue().strip().splitlines()[-1])
def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f'{value} is not positive')
    return value
p = argparse.ArgumentParser(prog='PROG', exit_on_error=False)
p.add_argument('n', type=positive)
try:
    p.parse_args(['-3'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
p = argparse.ArgumentParser(prog='PROG', exit_on_error=False)
p.add_argument('n', type=positive)
try:
    p.parse_args(['0'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
p = argparse.ArgumentParser(prog='PROG', formatter_class=argparse.RawDescriptionHelpFormatter,
                            description='''\
         Please do not mess up this text!
         --------------------------------
             I have indented it
             exactly the way
             I want it
         ''')
print(p.format_help())
p = argparse.ArgumentParser(prog='PROG', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--foo', type=int, default=42, help='FOO!')
p.add_argument('bar', nargs='*', default=[1, 2, 3], help='BAR!')
g = p.add_argument_group('group', 'group description')
g.add_argument('--gx', help='gx help')
print(p.format_help())
p = argparse.ArgumentParser(prog='PROG', formatter_class=argparse.MetavarTypeHelpFormatter)
p.add_argument('--foo', type=int)
p.add_argument('bar', type=float)
print(p.format_usage())
p = argparse.ArgumentParser(prog='PROG', add_help=False, usage='%(prog)s [options]')
p.add_argument('--version', action='version', version='%(prog)s 2.0')
print(p.format_help())
print(argparse.Namespace(a=1, b='x'), argparse.Namespace(a=1) == argparse.Namespace(a=1), 'a' in argparse.Namespace(a=1))
