# archives on disk: write() from files, deflate levels, extract and extractall, append mode
import os
import tempfile
import zipfile

with tempfile.TemporaryDirectory() as t:
    src = os.path.join(t, 'src')
    os.makedirs(os.path.join(src, 'sub'))
    with open(os.path.join(src, 'a.txt'), 'w') as f:
        f.write('alpha\n' * 100)
    with open(os.path.join(src, 'sub', 'b.txt'), 'w') as f:
        f.write('beta\n')
    archive = os.path.join(t, 'out.zip')
    with zipfile.ZipFile(archive, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.write(os.path.join(src, 'a.txt'), 'a.txt')
        z.write(os.path.join(src, 'sub'), 'sub')
        z.write(os.path.join(src, 'sub', 'b.txt'), 'sub/b.txt')
    print(zipfile.is_zipfile(archive), zipfile.is_zipfile(os.path.join(src, 'a.txt')))
    with zipfile.ZipFile(archive) as z:
        print(z.namelist())
        info = z.getinfo('a.txt')
        print(info.compress_type, info.file_size, info.compress_size < info.file_size)
        out = os.path.join(t, 'out')
        z.extractall(out)
        for root, dirs, files in sorted(os.walk(out)):
            print(os.path.relpath(root, out), sorted(dirs), sorted(files))
        print(os.path.relpath(z.extract('sub/b.txt', os.path.join(t, 'one')), t))
        with open(os.path.join(out, 'sub', 'b.txt')) as f:
            print(f.read(), end='')
    with zipfile.ZipFile(archive, 'a') as z:
        z.writestr('added.txt', 'appended later')
    with zipfile.ZipFile(archive) as z:
        print(z.namelist(), z.read('added.txt'))
        z.extractall(os.path.join(t, 'some'), members=['added.txt'])
    print(os.listdir(os.path.join(t, 'some')))
    try:
        zipfile.ZipFile(archive, 'x')
    except FileExistsError as e:
        print(type(e).__name__)
    with zipfile.ZipFile(os.path.join(t, 'new.zip'), 'x') as z:
        z.writestr('n.txt', 'new')
    with zipfile.ZipFile(os.path.join(t, 'new.zip')) as z:
        print(z.read('n.txt'))
