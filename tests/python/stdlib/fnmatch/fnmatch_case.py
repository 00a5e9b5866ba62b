import fnmatch
for name, pat in [('A.PY', '*.py'), ('a.py', '*.py'), ('a.py', '*.PY'), ('file.txt', 'f*.t?t'), ('', '*'), ('', '?'), ('abc', 'a[b-b]c')]:
    print(name, pat, fnmatch.fnmatch(name, pat), fnmatchcase := fnmatch.fnmatchcase(name, pat))
