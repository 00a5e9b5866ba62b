from pathlib import PurePath, PurePosixPath
p = PurePath('/usr/lib/python3.11/os.tar.gz')
print(p.with_name('x.py'), p.with_suffix('.zip'), p.with_suffix(''), p.with_stem('y'), p.relative_to('/usr'), p.is_absolute(), PurePath('a').is_absolute())
q = PurePosixPath('a') / 'b' / '../c' / '/abs'
print(q, PurePosixPath('a') / PurePosixPath('b'), 'x' / PurePosixPath('y'), PurePath('a').joinpath('b', 'c'))
print(PurePath('a/b') == PurePosixPath('a/b'), hash(PurePath('a')) == hash(PurePath('a')), PurePath('a') < PurePath('b'), sorted([PurePath('b'), PurePath('a/c'), PurePath('a')]))
print(PurePath('a/b.py').match('*.py'), PurePath('/a/b.py').match('/*.py'), PurePath('a/b/c.py').match('b/*.py'), PurePath('a/b.py').match('a/*.txt'))
print(PurePath('/a/b').is_relative_to('/a'), PurePath('/a/b').is_relative_to('/c'), PurePath('a/b').as_posix(), str(PurePath('a')), PurePath('/x/y').as_uri())
for f in [lambda: PurePath('/a').relative_to('/b'), lambda: PurePath('a').with_suffix('x'), lambda: PurePath('/').with_name('x'), lambda: PurePath('a').with_name('')]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
