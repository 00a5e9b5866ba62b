import os, shutil, tempfile
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'src')
    os.makedirs(os.path.join(src, 'sub', 'deep'))
    for rel in ['a.txt', 'b.log', 'sub/c.txt', 'sub/deep/d.log']:
        with open(os.path.join(src, rel), 'w') as f:
            f.write(rel)
    shutil.copytree(src, os.path.join(d, 'dst'))
    shutil.copytree(src, os.path.join(d, 'dst2'), ignore=shutil.ignore_patterns('*.log'))
    for name in ['dst', 'dst2']:
        found = []
        for root, dirs, files in os.walk(os.path.join(d, name)):
            found += [os.path.relpath(os.path.join(root, f), d) for f in files]
        print(sorted(found))
    try:
        shutil.copytree(src, os.path.join(d, 'dst'))
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    shutil.copytree(src, os.path.join(d, 'dst'), dirs_exist_ok=True)
    shutil.rmtree(os.path.join(d, 'dst'))
    print(sorted(os.listdir(d)))
    shutil.rmtree(os.path.join(d, 'nothing'), ignore_errors=True)
    try:
        shutil.rmtree(os.path.join(d, 'nothing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
