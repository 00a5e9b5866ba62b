# pathlib: pure path examples from the documentation (PurePosixPath and PureWindowsPath, no file system).
from pathlib import PurePath, PurePosixPath, PureWindowsPath
p = PurePosixPath('/etc')
print(p, p / 'init.d' / 'apache2', repr(p / 'init.d'), '/usr' / PurePosixPath('bin'), PurePosixPath('foo', 'some/path', 'bar'))
print(PurePosixPath(PurePosixPath('foo'), PurePosixPath('bar')), PurePosixPath(), PurePosixPath('/etc', '/usr', 'lib64'), PurePosixPath('foo//bar'), PurePosixPath('//foo/bar'), PurePosixPath('foo/./bar'), PurePosixPath('foo/../bar'))
print(PureWindowsPath('c:/Windows', 'd:bar'), PureWindowsPath('c:/Windows', '/Program Files'), repr(PureWindowsPath('c:/Program Files/')))
print(PurePosixPath('foo') == PurePosixPath('FOO'), PureWindowsPath('foo') == PureWindowsPath('FOO'), PureWindowsPath('FOO') in {PureWindowsPath('foo')}, PureWindowsPath('C:') < PureWindowsPath('d:'))
p = PurePath('/usr/bin/python3')
print(p.parts, PureWindowsPath('c:/Program Files/PSF').parts, PureWindowsPath('c:/Program Files/').drive, PureWindowsPath('//host/share/foo.txt').drive, PurePosixPath('/etc').root)
print(PureWindowsPath('c:/Program Files/').anchor, PureWindowsPath('//host/share').anchor, list(PureWindowsPath('c:/foo/bar/setup.py').parents), PurePosixPath('/a/b/c/d').parents[1])
print(PurePosixPath('/a/b/c/d').parent, PurePosixPath('/').parent, PurePosixPath('.').parent, PurePosixPath('foo/..').parent)
print(PurePosixPath('my/library/setup.py').name, PureWindowsPath('//some/share/setup.py').name, PureWindowsPath('//some/share').name)
print(PurePosixPath('my/library/setup.py').suffix, PurePosixPath('my/library.tar.gz').suffix, PurePosixPath('my/library').suffix, PurePosixPath('my/library.tar.gar').suffixes, PurePosixPath('my/library.tar.gz').stem, PurePosixPath('.bashrc').suffix)
print(PureWindowsPath('c:\\windows').as_posix(), PurePosixPath('/etc/passwd').as_uri(), PureWindowsPath('c:/Windows').as_uri())
print(PurePosixPath('/a/b').is_absolute(), PurePosixPath('a/b').is_absolute(), PureWindowsPath('c:a/b').is_absolute(), PureWindowsPath('/a/b').is_absolute())
p = PurePath('/etc/passwd')
print(p.is_relative_to('/etc'), p.is_relative_to('/usr'), p.relative_to('/'), p.relative_to('/etc'))
try:
    p.relative_to('/usr')
except ValueError as e:
    print('ValueError:', e)
print(PurePath('/a/b.py').match('*.py'), PurePath('/a/b/c.py').match('b/*.py'), PurePath('/a/b/c.py').match('a/*.py'), PurePath('/a.py').match('/*.py'), PureWindowsPath('b.py').match('*.PY'))
print(PureWindowsPath('c:/Downloads/pathlib.tar.gz').with_name('setup.py'), PureWindowsPath('README').with_suffix('.txt'), PureWindowsPath('README.txt').with_suffix(''), PurePosixPath('a/b.c').with_stem('z'))
try:
    PureWindowsPath('c:/').with_name('setup.py')
except ValueError as e:
    print('ValueError:', e)
try:
    PurePosixPath('a').with_suffix('txt')
except ValueError as e:
    print('ValueError:', e)
print(PurePosixPath('/etc').joinpath('passwd'), PurePosixPath('/etc').joinpath(PurePosixPath('passwd'), 'x'), PureWindowsPath('nul').is_reserved(), str(PurePosixPath('a', 'b')), bytes(PurePosixPath('a/b')))
print(sorted([PurePosixPath('b'), PurePosixPath('a/c'), PurePosixPath('a')]), hash(PurePosixPath('x')) == hash(PurePosixPath('x')))
