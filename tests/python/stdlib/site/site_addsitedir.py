# addsitedir adds a directory and the paths its .pth files name
import os
import sys
import tempfile

import site

with tempfile.TemporaryDirectory() as d:
    d = os.path.realpath(d)
    os.mkdir(os.path.join(d, 'extra'))
    with open(os.path.join(d, 'pkgs.pth'), 'w') as f:
        f.write('# a comment\nextra\nmissing_dir\n\n')
    with open(os.path.join(d, 'modone.py'), 'w') as f:
        f.write('VALUE = 41 + 1\n')
    before = len(sys.path)
    site.addsitedir(d)
    added = [p.replace(d, 'SITE') for p in sys.path[before:]]
    print(added)
    import modone
    print(modone.VALUE)
    site.addsitedir(d)
    print(len(sys.path) - before)
