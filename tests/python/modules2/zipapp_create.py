# zipapp.create_archive: an archive from a folder, entry points, shebangs, copies; importing from it
import os
import sys
import tempfile
import zipapp
import zipfile

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'app')
    os.makedirs(os.path.join(src, 'pkg'))
    with open(os.path.join(src, 'pkg', '__init__.py'), 'w') as f:
        f.write('GREETING = "hello from a zip"\n')
    with open(os.path.join(src, 'pkg', 'cli.py'), 'w') as f:
        f.write('def run():\n    print("cli.run")\n')
    with open(os.path.join(src, 'notes.txt'), 'w') as f:
        f.write('data\n')
    target = os.path.join(d, 'out.pyz')
    zipapp.create_archive(src, target, interpreter='/usr/bin/env python3', main='pkg.cli:run')
    print(zipapp.get_interpreter(target), os.access(target, os.X_OK))
    with zipfile.ZipFile(target) as z:
        print(sorted(z.namelist()))
        print(z.read('__main__.py').decode())
    with open(target, 'rb') as f:
        print(f.readline())
    copy = os.path.join(d, 'copy.pyz')
    zipapp.create_archive(target, copy, interpreter='/opt/py')
    print(zipapp.get_interpreter(copy))
    plain = os.path.join(d, 'plain.pyz')
    zipapp.create_archive(target, plain)
    print(zipapp.get_interpreter(plain))
    filtered = os.path.join(d, 'filtered.pyz')
    zipapp.create_archive(src, filtered, main='pkg.cli:run', filter=lambda p: p.suffix != '.txt', compressed=True)
    with zipfile.ZipFile(filtered) as z:
        print(sorted(z.namelist()), {i.compress_type for i in z.infolist()})
    zipapp.create_archive(src, main='pkg.cli:run')
    print(os.path.exists(os.path.join(d, 'app.pyz')))
    for kwargs in [dict(main='bad entry'), dict(main='pkg.cli'), dict()]:
        try:
            zipapp.create_archive(src, os.path.join(d, 'x.pyz'), **kwargs)
        except zipapp.ZipAppError as e:
            print('ZipAppError:', e)
    with open(os.path.join(src, '__main__.py'), 'w') as f:
        f.write('print("main")\n')
    try:
        zipapp.create_archive(src, os.path.join(d, 'y.pyz'), main='pkg.cli:run')
    except zipapp.ZipAppError as e:
        print('ZipAppError:', e)
    try:
        zipapp.create_archive(os.path.join(d, 'missing'))
    except zipapp.ZipAppError as e:
        print('ZipAppError:', e)
    sys.path.insert(0, target)
    import pkg
    import pkg.cli
    print(pkg.GREETING, os.path.relpath(pkg.__file__, d), os.path.relpath(pkg.cli.__file__, d))
    pkg.cli.run()
    sys.path.remove(target)
print(zipapp.__all__, issubclass(zipapp.ZipAppError, ValueError))
