import os
os.environ['COLUMNS'] = '80'
from optparse import (OptionParser, OptionGroup, SUPPRESS_HELP, SUPPRESS_USAGE,
                      TitledHelpFormatter, IndentedHelpFormatter)

parser = OptionParser(usage='%prog [options] FILE...', version='%prog 2.1', prog='report',
                      description='Generate a report from the given files. The report is '
                                  'written to standard output unless an output file is named.',
                      epilog='Report bugs to the maintainers. This epilog is long enough '
                             'that it has to be wrapped over more than one line of text.')
parser.add_option('-o', '--output', metavar='FILE', help='write the report to FILE')
parser.add_option('-n', '--lines', type='int', default=10,
                  help='number of lines to show [default: %default]')
parser.add_option('-x', help='no default shown here: %default')
parser.add_option('--a-really-long-option-name', help='a long option pushes its help to the '
                  'next line, and this help is long enough that it has to wrap around too')
parser.add_option('--secret', help=SUPPRESS_HELP)
parser.add_option('-q', action='store_true')
group = OptionGroup(parser, 'Dangerous Options',
                    'Caution: use these options at your own risk.  It is believed that some of them bite.')
group.add_option('-g', action='store_true', help='Group option.')
parser.add_option_group(group)
g2 = parser.add_option_group('Empty group')
print(parser.format_help())
print('---')
parser.print_help()
print('---')
parser.print_usage()
parser.print_version()
print(repr(parser.get_usage()), parser.get_version(), parser.get_prog_name())
print(parser.get_option_group('-g') is group, parser.get_option_group('-o'))
print('--- titled')
t = OptionParser(prog='t', formatter=TitledHelpFormatter(), usage='usage: %prog x')
t.add_option('-a', '--alpha', type='int', help='alpha value')
tg = t.add_option_group('More')
tg.add_option('-b', action='store_true', help='beta')
t.print_help()
print('--- no usage, no help option')
p = OptionParser(usage=SUPPRESS_USAGE, add_help_option=False)
p.add_option('-z', help='zed')
p.print_help()
print('--- narrow')
f = IndentedHelpFormatter(width=40, max_help_position=10)
p = OptionParser(prog='n', formatter=f)
p.add_option('-w', '--width', help='a help text that certainly needs wrapping at forty columns')
p.print_help()
print('--- short_first=0, delimiters')
f = IndentedHelpFormatter(short_first=0)
f.set_long_opt_delimiter(' ')
f.set_short_opt_delimiter('')
p = OptionParser(prog='d', formatter=f)
p.add_option('-f', '--file', help='the file')
p.print_help()
try:
    f.set_long_opt_delimiter('x')
except ValueError as e:
    print('ValueError:', e)
