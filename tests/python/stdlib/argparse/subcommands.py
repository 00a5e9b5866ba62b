import argparse
import contextlib
import io
import os

os.environ['COLUMNS'] = '80'
p = argparse.ArgumentParser(prog='git')
p.add_argument('--debug', action='store_true')
sp = p.add_subparsers(dest='cmd', help='commands')
c = sp.add_parser('commit', help='record changes')
c.add_argument('-m', '--message')
c.add_argument('--amend', action='store_true')
push = sp.add_parser('push', help='upload')
push.add_argument('remote', nargs='?', default='origin')
print(p.parse_args(['commit', '-m', 'hi']))
print(p.parse_args(['--debug', 'push']))
print(p.parse_args(['push', 'upstream']))
print(p.parse_args([]))
p.print_help()
c.print_help()
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        p.parse_args(['pull'])
    except SystemExit as e:
        print('exit', e.code)
print(err.getvalue(), end='')
