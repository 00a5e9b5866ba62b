# zipimport.zipimporter: find, read and load modules and data from a zip archive
import os
import sys
import tempfile
import warnings
import zipfile
import zipimport

with tempfile.TemporaryDirectory() as d:
    archive = os.path.join(d, 'lib.zip')
    with zipfile.ZipFile(archive, 'w') as z:
        z.writestr('zmod.py', 'VALUE = 7\ndef twice(x):\n    return 2 * x\n')
        z.writestr('zpkg/__init__.py', 'NAME = "zpkg"\n')
        z.writestr('zpkg/inner.py', 'X = 1\n')
        z.writestr('sub/deeper.py', 'DEEP = True\n')
        z.writestr('data/info.txt', 'some data')
    zi = zipimport.zipimporter(archive)
    print(os.path.basename(zi.archive), repr(zi.prefix), repr(zi).replace(d, 'D'))
    print(zi.is_package('zpkg'), zi.is_package('zmod'), os.path.relpath(zi.get_filename('zmod'), d))
    print(zi.get_source('zmod').splitlines()[0], type(zi.get_code('zmod')).__name__)
    print(zi.get_data(os.path.join(archive, 'data/info.txt')), zi.get_data('data/info.txt'))
    spec = zi.find_spec('zpkg')
    print(spec.name, os.path.relpath(spec.origin, d), [os.path.relpath(p, d) for p in spec.submodule_search_locations])
    print(zi.find_spec('nope'))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        mod = zi.load_module('zmod')
        print(zi.find_module('zmod') is zi, zi.find_module('nope'))
    print([str(w.message).split(';')[0] for w in caught])
    print(mod.VALUE, mod.twice(21), sys.modules['zmod'] is mod, os.path.relpath(mod.__file__, d), mod.__loader__ is zi)
    sub = zipimport.zipimporter(os.path.join(archive, 'sub'))
    print(repr(sub.prefix), sub.find_spec('deeper').name, sub.is_package('deeper'))
    import importlib.util
    spec = sub.find_spec('deeper')
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    print(m.DEEP)
    for bad in ['', os.path.join(d, 'missing.zip'), d]:
        try:
            zipimport.zipimporter(bad)
        except zipimport.ZipImportError as e:
            print('ZipImportError:', e)
    for fn in [lambda: zi.get_source('nope'), lambda: zi.is_package('nope')]:
        try:
            fn()
        except zipimport.ZipImportError as e:
            print('ZipImportError:', e)
    try:
        zi.get_data('no/such')
    except OSError as e:
        print('OSError', e.errno, e.filename)
    sys.path.insert(0, archive)
    import zpkg.inner
    print(zpkg.NAME, zpkg.inner.X)
    sys.path.remove(archive)
print(issubclass(zipimport.ZipImportError, ImportError))
