import io
from copy import copy
from optparse import (Option, OptionParser, OptionValueError, Values, make_option,
                      TitledHelpFormatter)


def check_pair(option, opt, value):
    try:
        a, b = value.split(',')
        return (int(a), int(b))
    except ValueError:
        raise OptionValueError('option %s: invalid pair: %r' % (opt, value))


class PairOption(Option):
    TYPES = Option.TYPES + ('pair',)
    TYPE_CHECKER = copy(Option.TYPE_CHECKER)
    TYPE_CHECKER['pair'] = check_pair
    ACTIONS = Option.ACTIONS + ('extend',)
    STORE_ACTIONS = Option.STORE_ACTIONS + ('extend',)
    TYPED_ACTIONS = Option.TYPED_ACTIONS + ('extend',)
    ALWAYS_TYPED_ACTIONS = Option.ALWAYS_TYPED_ACTIONS + ('extend',)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == 'extend':
            values.ensure_value(dest, []).extend(value.split(','))
        else:
            Option.take_action(self, action, dest, opt, value, values, parser)


parser = OptionParser(option_class=PairOption, prog='pairs',
                      usage='%prog [-p X,Y] [--names a,b]',
                      description='%prog reads pairs.',
                      option_list=[PairOption('-p', '--pair', type='pair', help='a pair'),
                                   PairOption('--names', action='extend', help='names')])
opts, rest = (parser.parse_args(['-p', '3,4', '--names', 'a,b', '--names=c', '-', '--', '-5']))
print(opts, rest)
print(parser.parse_args(['--names=', 'x'])[0])
try:
    parser.parse_args(['-p', 'x'])
except SystemExit as e:
    print('exit', e.code)
out = io.StringIO()
parser.print_help(out)
print(out.getvalue(), end='')
parser.add_option(make_option('-q', action='store_true'))
print(parser.format_help(TitledHelpFormatter()), end='')

p = OptionParser()
p.add_option('-n', type='int', default='7')
p.add_option('-s', default='text')
print(p.parse_args([])[0], p.get_default_values())
p.set_process_default_values(False)
print(p.parse_args([])[0])
given = Values({'n': 1, 'extra': True})
v, rest = p.parse_args(['-n', '2', 'a'], values=given)
print(v is given, v, rest)
v = Values({'n': 1, 's': None})
v._update_careful({'n': 5, 's': None, 'zz': 3})
print(v)
v._update_loose({'zz': 3})
print(v)
try:
    v._update({}, 'weird')
except ValueError as e:
    print('ValueError:', e)
print(p.parse_args(['-n', '-3', '-n-4'])[0].n)
