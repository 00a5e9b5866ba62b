# genericpath holds what posixpath and ntpath share
import genericpath
import os
import tempfile
print(sorted(genericpath.__all__))
print(genericpath.commonprefix(['interstellar', 'internet', 'interval']), repr(genericpath.commonprefix([])))
print(genericpath.commonprefix([['a', 'b', 'c'], ['a', 'b', 'd']]))
with tempfile.TemporaryDirectory() as d:
    f = os.path.join(d, 'f.txt')
    with open(f, 'w') as fh:
        fh.write('hello')
    print(genericpath.exists(f), genericpath.isfile(f), genericpath.isdir(f), genericpath.isdir(d))
    print(genericpath.getsize(f), genericpath.samefile(f, os.path.join(d, '.', 'f.txt')))
    print(genericpath.exists(os.path.join(d, 'nope')), genericpath.isfile('\0bad'))
    print(type(genericpath.getmtime(f)).__name__, genericpath.samestat(os.stat(f), os.stat(d)))
    with open(f) as a, open(f) as b:
        print(genericpath.sameopenfile(a.fileno(), b.fileno()))
