import os, shutil, tempfile
d = tempfile.mkdtemp(prefix='x_', suffix='_y')
print(os.path.isdir(d), os.path.basename(d).startswith('x_'), d.endswith('_y'), os.path.isabs(d), os.path.dirname(d) == tempfile.gettempdir())
fd, p = tempfile.mkstemp(suffix='.txt', dir=d)
print(os.path.exists(p), p.endswith('.txt'), os.path.dirname(p) == d, os.path.basename(p).startswith('tmp'), isinstance(fd, int))
shutil.rmtree(d)
print(os.path.exists(d), tempfile.gettempprefix(), isinstance(tempfile.gettempdir(), str))
