# fcntl: flock and lockf on real files, fcntl's flag queries, ioctl on a regular file
import fcntl
import os
import tempfile
import threading
import time

print({n: getattr(fcntl, n) for n in ['LOCK_SH', 'LOCK_EX', 'LOCK_NB', 'LOCK_UN', 'F_GETFD', 'F_SETFD', 'F_GETFL',
                                      'F_SETFL', 'FD_CLOEXEC', 'F_RDLCK', 'F_WRLCK', 'F_UNLCK', 'F_SETLK']})
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'lockme')
    with open(path, 'w') as f:
        f.write('data')
    a = open(path, 'r+')
    b = open(path, 'r+')
    fcntl.flock(a, fcntl.LOCK_EX)
    try:
        fcntl.flock(b.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as e:
        print('BlockingIOError', e.errno, e.strerror)
    try:
        fcntl.flock(b, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError as e:
        print(type(e).__name__, e.errno)
    fcntl.flock(a, fcntl.LOCK_UN)
    print(fcntl.flock(b, fcntl.LOCK_EX | fcntl.LOCK_NB))
    fcntl.flock(b, fcntl.LOCK_UN)
    fcntl.flock(a, fcntl.LOCK_SH)
    fcntl.flock(a, fcntl.LOCK_EX)   # conversion on the same file
    fcntl.flock(a, fcntl.LOCK_UN)
    # a waiting lock is granted when the holder (another thread's file) lets go
    fcntl.flock(a, fcntl.LOCK_EX)
    order = []
    def waiter():
        fcntl.flock(b, fcntl.LOCK_EX)
        order.append('waiter got it')
        fcntl.flock(b, fcntl.LOCK_UN)
    t = threading.Thread(target=waiter)
    t.start()
    time.sleep(0.2)
    order.append('holder releases')
    fcntl.flock(a, fcntl.LOCK_UN)
    t.join()
    print(order)
    print(fcntl.lockf(a, fcntl.LOCK_EX, 2, 0), fcntl.lockf(b, fcntl.LOCK_EX | fcntl.LOCK_NB, 2, 0),
          fcntl.lockf(a, fcntl.LOCK_UN, 2, 0), fcntl.lockf(a, fcntl.LOCK_SH, 0, 1, os.SEEK_SET))
    fcntl.lockf(a, fcntl.LOCK_UN)
    print(fcntl.fcntl(a, fcntl.F_GETFD) & fcntl.FD_CLOEXEC, fcntl.fcntl(a, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDWR)
    with open(path) as r, open(path, 'a') as w:
        print(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY,
              fcntl.fcntl(w, fcntl.F_GETFL) & (os.O_ACCMODE | os.O_APPEND) == os.O_WRONLY | os.O_APPEND)
    try:
        fcntl.ioctl(a, 0x5401)
    except OSError as e:
        print('OSError', e.errno, e.strerror)
    for bad in [lambda: fcntl.flock(987, fcntl.LOCK_EX), lambda: fcntl.flock('x', fcntl.LOCK_EX),
                lambda: fcntl.flock(-1, fcntl.LOCK_EX), lambda: fcntl.lockf(a, 99), lambda: fcntl.lockf(a, 16), lambda: fcntl.lockf(a, fcntl.LOCK_UN)]:
        try:
            bad()
        except (OSError, TypeError, ValueError) as e:
            print(type(e).__name__, e)
    a.close()
    b.close()
