# getopt examples from its documentation and the optparse tutorial's parser on given argument lists.
import getopt
args = '-a -b -cfoo -d bar a1 a2'.split()
optlist, args = getopt.getopt(args, 'abc:d:')
print(optlist, args)
s = '--condition=foo --testing --output-file abc.def -x a1 a2'
args = s.split()
optlist, args = getopt.getopt(args, 'x', ['condition=', 'output-file=', 'testing'])
print(optlist, args)
print(getopt.gnu_getopt(['a1', '-x', 'a2', '--testing'], 'x', ['testing']), getopt.getopt(['--test'], '', ['testing']))
for bad in (['-z'], ['-c'], ['--cond'], ['--testing=1']):
    try:
        getopt.getopt(bad, 'c:', ['condition=', 'testing'])
    except getopt.GetoptError as err:
        print('GetoptError:', err, '|', err.opt, '|', err.msg)
import optparse
parser = optparse.OptionParser(usage='usage: %prog [options] arg1 arg2', prog='myprog')
parser.add_option('-f', '--file', dest='filename', help='write report to FILE', metavar='FILE')
parser.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True, help="don't print status messages to stdout")
parser.add_option('-n', type='int', dest='num', default=1)
parser.add_option('-v', action='count', dest='level')
(options, args) = parser.parse_args(['-f', 'out.txt', '-q', '-n', '3', '-vv', 'x', 'y'])
print(options.filename, options.verbose, options.num, options.level, args)
print(vars(parser.parse_args([])[0]), parser.parse_args([])[1])
print(parser.format_help())
group = optparse.OptionGroup(parser, 'Dangerous Options', 'Caution: use these options at your own risk.')
group.add_option('-g', action='store_true', help='Group option.')
parser.add_option_group(group)
print(parser.format_option_help())
import io, contextlib
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        parser.parse_args(['-n', 'abc'])
except SystemExit as e:
    print('exit', e.code, err.getvalue().strip().splitlines()[-1])
