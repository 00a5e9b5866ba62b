import argparse
import os

os.environ['COLUMNS'] = '80'
p = argparse.ArgumentParser(prog='tool',
                            description='Process some files and report on them in a useful way, '
                                        'wrapping this long description over lines.',
                            epilog='See the manual for more.')
p.add_argument('name', help='the name')
p.add_argument('files', nargs='*', help='input files')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='speed (default: %(default)s)')
p.add_argument('-n', '--num', type=int, metavar='N', help='a number used for something with a long '
               'help text that has to wrap onto following lines')
p.add_argument('--tag', action='append', dest='tags')
p.add_argument('--a-very-long-option-name', help='goes on its own line')
g = p.add_mutually_exclusive_group()
g.add_argument('-a', action='store_true', help='choose a')
g.add_argument('-b', action='store_true', help='choose b')
grp = p.add_argument_group('output', 'Where results go.')
grp.add_argument('--out', default='-', help='file (%(default)s is stdout)')
p.print_help()
print('---')
print(p.format_usage(), end='')
print('---')
q = argparse.ArgumentParser(prog='small', add_help=False)
q.add_argument('x')
q.print_help()
print('---')
r = argparse.ArgumentParser(prog='defaults', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
r.add_argument('--rate', type=float, default=0.5, help='the rate')
r.add_argument('--name', default='n')
r.print_help()
print('---')
s = argparse.ArgumentParser(prog='raw', description='line one\n  line two', formatter_class=argparse.RawDescriptionHelpFormatter)
s.add_argument('--req', required=True)
s.add_argument('pos', nargs='+')
s.print_help()
