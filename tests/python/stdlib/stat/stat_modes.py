# stat: file type tests, S_IMODE/S_IFMT, filemode, on modes and on real files
import os
import stat
import tempfile

for mode in (0o100644, 0o40755, 0o120777, 0o104755, 0o2070, 0o1777, 0o755, 0o10600, 0o20600, 0o140000, 0o60000):
    kinds = [name for name in ('S_ISDIR', 'S_ISREG', 'S_ISLNK', 'S_ISFIFO', 'S_ISCHR', 'S_ISBLK', 'S_ISSOCK')
             if getattr(stat, name)(mode)]
    print(oct(mode), stat.filemode(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)), kinds)
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, oct(stat.S_IRWXU | stat.S_IRGRP), stat.S_IFDIR, stat.S_IFREG)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f')
    open(path, 'w').close()
    os.chmod(path, 0o640)
    st = os.stat(path)
    print(stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode), stat.S_ISDIR(os.stat(d).st_mode))
    os.symlink(path, os.path.join(d, 'link'))
    print(stat.S_ISLNK(os.lstat(os.path.join(d, 'link')).st_mode))
