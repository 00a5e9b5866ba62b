# iter_modules and walk_packages over a directory tree; get_data; resolve_name.
import os
import pkgutil
import sys
import tempfile

root = tempfile.mkdtemp()
def write(path, text=''):
    full = os.path.join(root, *path.split('/'))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w') as f:
        f.write(text)

write('alpha.py')
write('beta.py')
write('notes.txt')
write('pkg/__init__.py')
write('pkg/inner.py')
write('pkg/sub/__init__.py')
write('pkg/sub/deep.py')
write('pkg/data/info.txt', 'package data\n')
write('plain_dir/x.py')
write('broken/__init__.py', 'raise ImportError("broken package")\n')

for info in pkgutil.iter_modules([root]):
    print(info.name, info.ispkg, type(info.module_finder).__name__, info.module_finder.path == root)
print([m.name for m in pkgutil.iter_modules([root], prefix='top.')])
sys.path.insert(0, root)
errors = []
print([(m.name, m.ispkg) for m in pkgutil.walk_packages([root], onerror=errors.append)])
print(errors)
print(pkgutil.get_data('pkg', 'data/info.txt'))
print(pkgutil.resolve_name('os.path:join') is os.path.join)
print(pkgutil.resolve_name('os.path.join') is os.path.join)
print(pkgutil.resolve_name('pkg.sub.deep').__name__)
try:
    pkgutil.resolve_name('not a name')
except ValueError as e:
    print('ValueError:', e)
info = pkgutil.ModuleInfo(None, 'x', False)
print(info)

# The standard library is listed too (CPython finds it in a sys.path folder; Weft inside itself).
everything = {m.name: m.ispkg for m in pkgutil.iter_modules()}
print(everything.get('json'), everything.get('collections'), everything.get('tokenize'), 'alpha' in everything)
import json
print(sorted({'decoder', 'encoder'} & {m.name for m in pkgutil.iter_modules(json.__path__)}))
print(sorted({'json.decoder', 'json.encoder'} & {m.name for m in pkgutil.walk_packages(json.__path__, 'json.')}))
