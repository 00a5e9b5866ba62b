# importlib.util: find_spec, spec_from_file_location, module_from_spec, exec_module, resolve_name.
import importlib.machinery
import importlib.util
import os
import sys
import tempfile

root = tempfile.mkdtemp()
path = os.path.join(root, 'plugin.py')
with open(path, 'w') as f:
    f.write('"""A plugin."""\nNAME = "plugin"\ndef hello():\n    return "hello from " + __name__\n')

spec = importlib.util.spec_from_file_location('myplugin', path)
print(spec.name, spec.origin == path, spec.has_location, spec.parent == '', spec.submodule_search_locations)
# Weft writes no bytecode cache (sys.implementation.cache_tag is None): cached is None there.
print(type(spec.loader).__name__, spec.cached is None or spec.cached.endswith('.pyc'))
module = importlib.util.module_from_spec(spec)
print(module.__name__, module.__file__ == path, module.__spec__ is spec, module.__loader__ is spec.loader)
spec.loader.exec_module(module)
print(module.NAME, module.hello(), module.__doc__)
print('myplugin' in sys.modules)
print(spec.loader.get_source('myplugin').splitlines()[1])
print(importlib.util.spec_from_file_location('x', os.path.join(root, 'data.txt')))

pkg = os.path.join(root, 'mypkg')
os.mkdir(pkg)
with open(os.path.join(pkg, '__init__.py'), 'w') as f:
    f.write('X = 1\n')
with open(os.path.join(pkg, 'child.py'), 'w') as f:
    f.write('Y = 2\n')
pspec = importlib.util.spec_from_file_location('mypkg', os.path.join(pkg, '__init__.py'))
print(pspec.submodule_search_locations == [pkg], pspec.parent)

sys.path.insert(0, root)
found = importlib.util.find_spec('mypkg.child')
print(found.name, found.origin == os.path.join(pkg, 'child.py'), found.parent)
print('mypkg' in sys.modules, 'mypkg.child' in sys.modules)
print(importlib.util.find_spec('no_such_module_here'))
print(importlib.util.find_spec('mypkg').submodule_search_locations == [pkg])
print(importlib.util.find_spec('.child', 'mypkg').name)
print(importlib.util.find_spec('sys').origin, importlib.util.find_spec('json') is not None)
try:
    importlib.util.find_spec('os.path.nothing')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)

print(importlib.util.resolve_name('.mod', 'pkg.sub'), importlib.util.resolve_name('..mod', 'pkg.sub'))
print(importlib.util.resolve_name('plain', None))
for args in [('.x', None), ('...x', 'a.b')]:
    try:
        importlib.util.resolve_name(*args)
    except ImportError as e:
        print('ImportError:', e)
print(importlib.machinery.SOURCE_SUFFIXES)
m = importlib.machinery.ModuleSpec('demo', None, origin='somewhere')
print(m, m.parent)
print(importlib.machinery.ModuleSpec('demo.pkg', None, is_package=True))
