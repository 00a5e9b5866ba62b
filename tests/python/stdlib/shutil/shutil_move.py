import os, shutil, tempfile
with tempfile.TemporaryDirectory() as d:
    p = lambda *a: os.path.join(d, *a)
    with open(p('f.txt'), 'w') as f:
        f.write('x')
    os.mkdir(p('dir'))
    print(os.path.relpath(shutil.move(p('f.txt'), p('g.txt')), d))
    print(os.path.relpath(shutil.move(p('g.txt'), p('dir')), d))
    os.mkdir(p('other'))
    print(os.path.relpath(shutil.move(p('dir'), p('other')), d))
    found = []
    for root, dirs, files in os.walk(d):
        found += [os.path.relpath(os.path.join(root, f), d) for f in files]
    print(sorted(found), sorted(os.listdir(d)))
