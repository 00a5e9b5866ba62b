import fnmatch
for p in ['*.py', '*a*', 'a*b*c', '[!a-c]x?', '[]]', '[a-', 'a/b*', '*', '**', 'x[^y]', '[a-z-]', '[z-a]x', '[!]', 'a.b', '(x)+', '[\\]']:
    print(repr(p), repr(fnmatch.translate(p)))
