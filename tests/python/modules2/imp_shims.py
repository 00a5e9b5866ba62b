# imp: deprecated shims over importlib (new_module, find_module/load_module, reload, constants)
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import imp
print([(w.category.__name__, str(w.message)) for w in caught])
import os
import sys
import tempfile
m = imp.new_module('made_by_imp')
print(type(m).__name__, m.__name__, 'made_by_imp' in sys.modules)
print(imp.PY_SOURCE, imp.PY_COMPILED, imp.C_EXTENSION, imp.PKG_DIRECTORY, imp.C_BUILTIN, imp.PY_FROZEN, imp.SEARCH_ERROR)
print(imp.get_magic(), ('.py', 'r', imp.PY_SOURCE) in imp.get_suffixes())
print(imp.is_builtin('sys'), imp.is_builtin('time'), imp.is_builtin('textwrap'), imp.is_frozen('textwrap'))
print(imp.find_module('sys'), imp.new_module.__doc__.split()[0])
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'impmod_sample.py'), 'w') as f:
        f.write('VALUE = 41\ndef bump():\n    global VALUE\n    VALUE += 1\n    return VALUE\n')
    os.mkdir(os.path.join(d, 'imppkg_sample'))
    with open(os.path.join(d, 'imppkg_sample', '__init__.py'), 'w') as f:
        f.write('NAME = "pkg"\n')
    fp, pathname, desc = imp.find_module('impmod_sample', [d])
    print(os.path.basename(pathname), desc, fp.mode)
    try:
        mod = imp.load_module('impmod_sample', fp, pathname, desc)
    finally:
        fp.close()
    print(mod.VALUE, mod.bump(), mod.__name__, sys.modules['impmod_sample'] is mod, os.path.basename(mod.__file__))
    sys.path.insert(0, d)
    print(imp.reload(mod) is mod, mod.VALUE)
    sys.path.remove(d)
    fp, pathname, desc = imp.find_module('imppkg_sample', [d])
    print(fp, os.path.basename(pathname), desc)
    pkg = imp.load_module('imppkg_sample', fp, pathname, desc)
    print(pkg.NAME, [os.path.basename(p) for p in pkg.__path__])
    src = imp.load_source('impmod_again', os.path.join(d, 'impmod_sample.py'))
    print(src.VALUE, src.__name__)
try:
    imp.find_module('no_such_module_for_imp')
except ImportError as e:
    print('ImportError:', e, e.name)
for args in [('x', None, 'x.py', ('.py', 'w', imp.PY_SOURCE)), ('x', None, 'x.py', ('.py', 'r', imp.PY_SOURCE)),
             ('x', None, 'x', ('', '', 99))]:
    try:
        imp.load_module(*args)
    except (ValueError, ImportError) as e:
        print(type(e).__name__ + ':', e)
try:
    imp.NullImporter('')
except ImportError as e:
    print('ImportError:', e)
print(imp.NullImporter('/no/such/path/here').find_module('x'))
print(imp.lock_held())
imp.acquire_lock()
print(imp.lock_held())
imp.release_lock()
print(imp.lock_held())
fp, pathname, desc = imp.find_module('textwrap')
print(os.path.basename(pathname), desc, 'class TextWrapper' in fp.read())
fp.close()
tw = imp.load_module('textwrap_via_imp', *imp.find_module('textwrap'))
print(tw.fill('a b c d', width=3))
