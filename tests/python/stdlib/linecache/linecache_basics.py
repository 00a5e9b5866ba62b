# getline/getlines/clearcache/checkcache/updatecache on real files, missing files, lazy cache.
import linecache
import os
import tempfile

directory = tempfile.mkdtemp()
path = os.path.join(directory, 'sample.py')
with open(path, 'w') as f:
    f.write('first = 1\nsecond = 2\nthird = 3')

print(repr(linecache.getline(path, 1)))
print(repr(linecache.getline(path, 3)))
print(repr(linecache.getline(path, 4)), repr(linecache.getline(path, 0)))
print(linecache.getlines(path))
print(path in linecache.cache, linecache.cache[path][2] == linecache.getlines(path))
with open(path, 'w') as f:
    f.write('changed\n')
print(repr(linecache.getline(path, 1)))
os.utime(path, (0, 12345))
linecache.checkcache(path)
print(repr(linecache.getline(path, 1)))
print(linecache.getlines(os.path.join(directory, 'missing.py')))
print(linecache.getline('<string>', 1) == '', linecache.getlines(''))
linecache.clearcache()
print(linecache.cache)

class Loader:
    def get_source(self, name):
        return 'lazy line one\nlazy line two\n'

print(linecache.lazycache('/not/there/lazy.py', {'__name__': 'lazy', '__loader__': Loader()}))
print(len(linecache.cache['/not/there/lazy.py']))
print(repr(linecache.getline('/not/there/lazy.py', 2)))
print(linecache.lazycache('<stdin>', {'__name__': 'x', '__loader__': Loader()}))
print(linecache.lazycache('/nowhere.py', None))
os.remove(path)
os.rmdir(directory)
