# PureWindowsPath parses like ntpath: drives, roots, parts, joins, suffixes, matching
from pathlib import PureWindowsPath as W, PurePosixPath
for s in ['c:\\Windows\\System32', 'C:foo\\bar.txt', '\\\\server\\share\\dir\\f.tar.gz', '//server/share',
          'a/b', '\\rooted', '', 'c:', 'c:\\', 'd:/x/./y/../z']:
    p = W(s)
    print(repr(p), str(p), repr(p.drive), repr(p.root), repr(p.anchor), p.parts, p.as_posix())
    print('   ', repr(p.name), repr(p.stem), repr(p.suffix), p.suffixes, p.is_absolute(), p.parent)
print(W('c:/a') / 'b' / 'C.TXT', W('c:/a') / 'd:b', W('c:/a') / '/x', W('c:/a') / 'C:b', 'x' / W('y'))
print(W('c:/a', 'b', '\\c'), W('//s/h', 'x'), W('c:/a/b.txt').with_suffix('.py'), W('a.b.c').with_suffix(''))
print(W('c:/a/b').with_name('z'), W('C:/A/B') == W('c:\\a\\b'), W('a') == PurePosixPath('a'))
print(W('c:/a/b/c').relative_to('C:/A'), W('c:/a/b').relative_to(W('c:/')))
for args in [('d:/',), ('c:/x',)]:
    try:
        W('c:/a/b').relative_to(*args)
    except ValueError as e:
        print('ValueError:', e)
print(W('c:/a/b.py').match('*.py'), W('c:/a/b.py').match('a/*.PY'), W('c:/a/b.py').match('c:/*.py'),
      W('c:/a/b.py').match('c:/a/*.py'))
print(list(W('c:/a/b/c').parents), W('c:/x').as_uri(), W('//s/h/f').as_uri())
print(W('con').is_reserved(), W('c:/a/nul.txt').is_reserved(), W('c:/a/b').is_reserved())
print(sorted([W('B'), W('a'), W('C:/z')]), hash(W('A')) == hash(W('a')))
for bad in [lambda: W('c:/a').with_suffix('py'), lambda: W('c:/').with_name('x'), lambda: W('a').with_name('b\\c')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
