# importlib.resources: files() of a package on disk, as_file, and the legacy functions.
import importlib.resources as resources
import os
import sys
import tempfile
import warnings

root = tempfile.mkdtemp()
pkg = os.path.join(root, 'respkg')
os.mkdir(pkg)
with open(os.path.join(pkg, '__init__.py'), 'w') as f:
    f.write('')
with open(os.path.join(pkg, 'module.py'), 'w') as f:
    f.write('')
with open(os.path.join(pkg, 'data.txt'), 'w') as f:
    f.write('héllo\nworld\n')
with open(os.path.join(pkg, 'blob.bin'), 'wb') as f:
    f.write(b'\x00\x01')
sys.path.insert(0, root)

top = resources.files('respkg')
print(type(top).__name__, top.name, (top / 'data.txt').read_text(encoding='utf-8'))
print((top / 'blob.bin').read_bytes(), top.joinpath('data.txt').is_file(), top.is_dir())
print(sorted(p.name for p in top.iterdir()))
import respkg
print(resources.files(respkg) == top)
with resources.as_file(top / 'data.txt') as p:
    print(os.path.exists(p), os.path.basename(p))
try:
    resources.files('respkg.module')
except TypeError as e:
    print('TypeError:', e)
with warnings.catch_warnings():
    warnings.simplefilter('ignore', DeprecationWarning)
    print(resources.read_text('respkg', 'data.txt'))
    print(resources.read_binary('respkg', 'blob.bin'))
    print(resources.is_resource('respkg', 'data.txt'), resources.is_resource('respkg', 'nothing'))
    print(sorted(n for n in resources.contents('respkg') if n != '__pycache__'))
    with resources.open_text('respkg', 'data.txt') as f:
        print(f.readline().strip())
    with resources.path('respkg', 'blob.bin') as p:
        print(os.path.basename(p))
    try:
        resources.read_text('respkg', 'missing.txt')
    except FileNotFoundError as e:
        print('FileNotFoundError', os.path.basename(e.filename))
    try:
        resources.read_text('respkg', 'sub/data.txt')
    except ValueError as e:
        print('ValueError:', e)
