import argparse

p = argparse.ArgumentParser(prog='n')
p.add_argument('-v', action='count')
p.add_argument('--inc', action='append', type=int, default=[])
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--many', nargs='+')
p.add_argument('--maybe', nargs='?', const='C', default='D')
p.add_argument('--star', nargs='*')
p.add_argument('--ext', action='extend', nargs='+')
p.add_argument('--flag', action=argparse.BooleanOptionalAction, default=False)
p.add_argument('--ac', action='append_const', const=1)
p.add_argument('first')
p.add_argument('rest', nargs='*')
tests = [
    ['a'],
    ['-vvv', 'a', 'b', 'c'],
    ['--inc', '1', '--inc', '2', 'x'],
    ['--pair', 'k', 'v', 'x'],
    ['--many', '1', '2', '3', '--', 'x', 'y'],
    ['x', '--maybe'],
    ['x', '--maybe', 'val'],
    ['x', '--star'],
    ['x', '--ext', 'a', 'b', '--ext', 'c'],
    ['--flag', 'x'],
    ['--no-flag', 'x'],
    ['--ac', '--ac', 'x'],
]
for argv in tests:
    print(argv, '->', p.parse_args(argv))

q = argparse.ArgumentParser(prog='q')
q.add_argument('src', nargs='+')
q.add_argument('dst')
print(q.parse_args(['a', 'b', 'c']))
r = argparse.ArgumentParser(prog='r')
r.add_argument('three', nargs=3, type=int)
print(r.parse_args(['1', '2', '3']))
s = argparse.ArgumentParser(prog='s')
s.add_argument('-x', type=float)
s.add_argument('num')
print(s.parse_args(['-x', '-1.5', '-2']))
