import filecmp
import os
import shutil
import tempfile

root = tempfile.mkdtemp()


def write(rel, data):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(data)


write('left/same.txt', 'same')
write('right/same.txt', 'same')
write('left/changed.txt', 'one')
write('right/changed.txt', 'two!')
write('left/only_left.txt', 'x')
write('right/only_right.txt', 'y')
write('left/sub/deep.txt', 'deep')
write('right/sub/deep.txt', 'DEEPER')
write('left/sub/inner/x.txt', 'x')
write('right/sub/inner/x.txt', 'x')
write('left/kind', 'a file')
os.makedirs(os.path.join(root, 'right/kind'))
write('left/.git/config', 'c')
write('right/.git/config', 'd')
write('left/__pycache__/m.pyc', 'c')

os.chdir(root)
dc = filecmp.dircmp('left', 'right')
print(dc.left_list)
print(dc.right_list)
print(dc.common, dc.left_only, dc.right_only)
print(dc.common_dirs, dc.common_files, dc.common_funny)
print(dc.same_files, dc.diff_files, dc.funny_files)
print(sorted(dc.subdirs), type(dc.subdirs['sub']).__name__)
dc.report()
print('--- partial')
dc.report_partial_closure()
print('--- full')
dc.report_full_closure()
print('--- ignore/hide')
dc2 = filecmp.dircmp('left', 'right', ignore=[], hide=['changed.txt'])
print(dc2.left_list)
dc2.report()
try:
    dc.nonsense
except AttributeError as e:
    print('AttributeError', e)
print(filecmp.dircmp[str])


class Mine(filecmp.dircmp):
    pass


print(type(Mine('left', 'right').subdirs['sub']).__name__)
os.chdir('/')
shutil.rmtree(root)
