import argparse

p = argparse.ArgumentParser(prog='calc', description='Adds numbers.')
p.add_argument('x', type=int)
p.add_argument('y', type=float, nargs='?', default=1.5)
p.add_argument('--scale', '-s', type=int, default=1, help='multiplier')
p.add_argument('--verbose', action='store_true')
p.add_argument('--quiet', action='store_false', dest='loud')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--level', default='3', type=int)
for argv in (['2'], ['2', '3.25', '-s', '4'], ['--scale=5', '7', '--verbose', '--quiet'],
             ['-s3', '1', '--const'], ['--', '-5'], ['10', '--level', '9']):
    ns = p.parse_args(argv)
    print(ns)
ns = p.parse_args(['1'])
print(ns.x, ns.y, ns.scale, ns.verbose, ns.loud, ns.const, ns.level)
print(vars(ns))
print(argparse.Namespace(a=1, b='x') == argparse.Namespace(a=1, b='x'), 'a' in argparse.Namespace(a=1))
print(argparse.Namespace(**{'a-b': 1, 'c': 2}))
ns, rest = p.parse_known_args(['1', '--other', 'z'])
print(ns.x, rest)
print(p.get_default('scale'))
p.set_defaults(scale=9, extra='yes')
print(p.parse_args(['1']))
