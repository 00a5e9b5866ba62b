import os, shutil, tempfile
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'src.txt')
    with open(src, 'w') as f:
        f.write('data')
    print(os.path.basename(shutil.copyfile(src, os.path.join(d, 'c1.txt'))), open(os.path.join(d, 'c1.txt')).read())
    os.mkdir(os.path.join(d, 'dir'))
    print(os.path.relpath(shutil.copy(src, os.path.join(d, 'dir')), d), os.path.relpath(shutil.copy2(src, os.path.join(d, 'c2.txt')), d))
    print(sorted(os.listdir(d)), sorted(os.listdir(os.path.join(d, 'dir'))))
    try:
        shutil.copyfile(src, src)
    except shutil.SameFileError as e:
        print('SameFileError', isinstance(e, OSError))
    try:
        shutil.copyfile(os.path.join(d, 'missing'), os.path.join(d, 'x'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
