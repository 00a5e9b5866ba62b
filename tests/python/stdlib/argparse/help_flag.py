import argparse
import os

os.environ['COLUMNS'] = '80'
p = argparse.ArgumentParser(prog='greet', description='Say hello.')
p.add_argument('who', nargs='?', default='world', help='whom to greet')
p.add_argument('--times', type=int, default=1, help='repeat count')
try:
    p.parse_args(['-h'])
except SystemExit as e:
    print('exit code', e.code)
args = p.parse_args(['--times', '2'])
for _ in range(args.times):
    print('hello', args.who)
