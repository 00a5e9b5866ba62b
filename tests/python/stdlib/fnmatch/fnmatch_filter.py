import fnmatch
names = ['a.py', 'b.txt', 'ab.py', '.x.py', 'dx', 'ax', '[]', 'abc', 'a-c', 'A.PY']
for p in ['*.py', '?x', '[!a]x', 'a*c', '*', '[[]*', '[a-c]*', 'a[-]c', '*.*', '*.PY']:
    print(p, fnmatch.filter(names, p))
