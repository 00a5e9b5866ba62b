import contextlib
import io
import optparse
from optparse import OptionParser, Option, OptionError

parser = OptionParser(prog='prog', version='1.0')
parser.add_option('-n', type='int')
parser.add_option('-p', nargs=2)
parser.add_option('--float', type='float')
parser.add_option('--cplx', type='complex')
parser.add_option('--color', type='choice', choices=['red', 'green'])
parser.add_option('--verbose', action='store_true')
parser.add_option('--version-info', action='store_true')
parser.add_option('--verify', action='store_true')

for argv in (['-n'], ['-p', 'a'], ['--verbose=3'], ['--ver'], ['-n', 'x'], ['-n', '1.5'],
             ['--float', 'abc'], ['--cplx', 'zz'], ['--color', 'blue'], ['-z'], ['--nope'],
             ['--version'], ['-h'], ['--colo', 'red', '-n09']):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            result = parser.parse_args(argv)
        print(argv, 'ok', result[0])
    except SystemExit as e:
        print(argv, 'exit', e.code)
        print('  stderr:', repr(err.getvalue()))
        print('  stdout:', repr(out.getvalue()[:60]))

bad = [
    ((), {}),
    (('x',), {}),
    (('-xy',), {}),
    (('---x',), {}),
    (('--',), {}),
    (('-a',), {'action': 'jump'}),
    (('-a',), {'type': 'number'}),
    (('-a',), {'type': 'int', 'action': 'store_true'}),
    (('-a',), {'type': 'choice'}),
    (('-a',), {'type': 'choice', 'choices': 'ab'}),
    (('-a',), {'choices': ['x'], 'type': 'int'}),
    (('-a',), {'const': 1}),
    (('-a',), {'nargs': 2, 'action': 'count'}),
    (('-a',), {'action': 'callback', 'callback': 5}),
    (('-a',), {'action': 'callback', 'callback': print, 'callback_args': [1]}),
    (('-a',), {'action': 'callback', 'callback': print, 'callback_kwargs': [1]}),
    (('-a',), {'callback': print}),
    (('-a',), {'callback_args': (1,)}),
    (('-a',), {'bogus': 1, 'also': 2}),
]
for args, kwargs in bad:
    try:
        Option(*args, **kwargs)
        print('no error', args, kwargs)
    except (OptionError, TypeError) as e:
        print(type(e).__name__ + ':', e)

opt = Option('-s', '--size', type=int)
print(opt.type, opt.dest, opt.nargs, opt.action, opt.default, str(opt))
print(Option('-k', type=str).type, Option('-k').dest, Option('--a-b-c').dest)
try:
    parser.add_option('-n', '--other')
except optparse.OptionConflictError as e:
    print('OptionConflictError:', e)
resolver = OptionParser(conflict_handler='resolve', prog='r')
resolver.add_option('-a', '--all', help='first')
resolver.add_option('-a', '--apple', help='second')
resolver.add_option('--all', help='third')
resolver.print_help()
try:
    OptionParser(conflict_handler='ignore')
except ValueError as e:
    print('ValueError:', e)
try:
    parser.add_option(5)
except TypeError as e:
    print('TypeError:', e)
try:
    parser.add_option(5, 6)
except TypeError as e:
    print('TypeError:', e)
other = OptionParser()
try:
    parser.add_option_group(optparse.OptionGroup(other, 'x'))
except ValueError as e:
    print('ValueError:', e)
print(repr(optparse.SUPPRESS_HELP), repr(optparse.SUPPRESS_USAGE), optparse.make_option is Option)
print(optparse.OptionValueError('m'), optparse.BadOptionError('-q'),
      optparse.AmbiguousOptionError('--x', ['--xa', '--xb']))
print(optparse.Option, optparse.OptionParser, optparse.OptionError)
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        parser.error('custom problem')
except SystemExit as e:
    print('exit', e.code, repr(err.getvalue()))
