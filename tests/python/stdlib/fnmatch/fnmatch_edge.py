import fnmatch
cases = [('a*b', 'aXXb'), ('a*b', 'ab'), ('a*b', 'aXbXb'), ('a*b', 'aXbX'), ('*', 'x\ny'), ('?', '\n'), ('[!]]', 'a'), ('[!]]', ']'),
         ('a[', 'a['), ('**a', 'xxa'), ('*.*.*', 'a.b.c'), ('[a-]', '-'), ('[]-]', '-'), ('x*y*z', 'xyz'), ('x*y*z', 'xzyz')]
for pat, name in cases:
    print(repr(pat), repr(name), fnmatch.fnmatchcase(name, pat))
