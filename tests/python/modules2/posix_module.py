# posix is what os is built on: the same functions under the same names
import os
import posix
print(posix.__name__, posix.getcwd() == os.getcwd(), posix.stat is os.stat, posix.listdir is os.listdir)
print(posix.getpid() == os.getpid(), posix.stat_result is os.stat_result, posix.error is OSError)
print(type(posix.environ).__name__, all(isinstance(k, bytes) and isinstance(v, bytes) for k, v in posix.environ.items()))
print(posix.environ.get(b'PATH') == os.environ.get('PATH', '').encode() or b'PATH' not in posix.environ)
print(hasattr(posix, 'walk'), hasattr(posix, 'path'), hasattr(posix, 'sep'), hasattr(posix, 'makedirs'))
print(posix.O_RDONLY, posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK)
fd = posix.open(posix.devnull if hasattr(posix, 'devnull') else '/dev/null', posix.O_RDONLY)
print(posix.read(fd, 10))
posix.close(fd)
try:
    posix.stat('/definitely/not/here')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
