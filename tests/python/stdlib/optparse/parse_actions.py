from optparse import OptionParser, Values

parser = OptionParser(prog='tool')
parser.add_option('-f', '--file', dest='filename', help='write report to FILE', metavar='FILE')
parser.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True)
parser.add_option('-v', action='store_true', dest='verbose')
parser.add_option('-n', '--num', type='int', default=3)
parser.add_option('--ratio', type='float')
parser.add_option('--cplx', type='complex')
parser.add_option('-I', '--include', action='append', dest='paths')
parser.add_option('--fast', action='store_const', const='fast', dest='mode')
parser.add_option('--slow', action='store_const', const='slow', dest='mode')
parser.add_option('-c', action='count', dest='level')
parser.add_option('--tag', action='append_const', const='T', dest='tags')
parser.add_option('--point', nargs=2, type='int')
parser.add_option('--color', choices=['red', 'green'])
parser.add_option('--long-name-here')

for argv in ([],
             ['-f', 'out.txt', 'a', 'b'],
             ['-fout.txt', '--file=x.txt', '-q'],
             ['-qv', '-n', '0x1f', '--num=017', 'pos', '--ratio', '2.5'],
             ['-I', 'a', '--include=b', '-Ic', '--fast', '--slow', '-ccc'],
             ['--tag', '--tag', '--point', '1', '2', '--color', 'red', '--cplx', '1+2j'],
             ['--long-name', 'v', '--', '-n', '5'],
             ['-n', '0b101', '-n', '-7', '--fa'],
             ['-c', '-c', 'x', '-c']):
    options, args = parser.parse_args(argv)
    print(argv)
    print('  ', sorted(vars(options).items(), key=lambda kv: kv[0]), args)

parser.disable_interspersed_args()
print(parser.parse_args(['-v', 'cmd', '-q'])[1])
parser.enable_interspersed_args()
print(parser.parse_args(['-v', 'cmd', '-q'])[1])

v = Values({'a': 1})
print(v, v == {'a': 1}, v == Values({'a': 1}), v.ensure_value('b', []), v.ensure_value('a', 5))
print(repr(v).startswith('<Values at 0x'), repr(v).endswith(": {'a': 1, 'b': []}>"))
parser.set_defaults(num='42')
print(parser.parse_args([])[0].num)
parser.set_default('mode', 'medium')
print(parser.parse_args([])[0].mode)
print(parser.get_option('-f'), parser.has_option('--file'), parser.has_option('-z'))
print(repr(parser.get_option('--file')).startswith('<Option at 0x'), parser.get_option('-f').get_opt_string())
parser.remove_option('--file')
print(parser.has_option('-f'))
try:
    parser.remove_option('--file')
except ValueError as e:
    print('ValueError:', e)


def cb(option, opt_str, value, parser, extra, key=None):
    print('callback', option.dest, opt_str, value, extra, key, parser.largs, parser.rargs)
    parser.values.seen = opt_str


p2 = OptionParser()
p2.add_option('--call', action='callback', callback=cb, callback_args=(1,), callback_kwargs={'key': 'k'})
p2.add_option('--val', action='callback', callback=cb, type='int', nargs=1, callback_args=(2,))
opts, rest = p2.parse_args(['a', '--call', 'b', '--val', '9', 'c'])
print(opts, rest)
