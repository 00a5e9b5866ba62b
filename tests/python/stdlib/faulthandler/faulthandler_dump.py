# dump_traceback of one thread and of all, dump_traceback_later and its cancelling, register
import faulthandler
import os
import re
import signal
import tempfile
import threading
import time

here = os.path.abspath(__file__)
path = os.path.join(tempfile.mkdtemp(), 'dump.txt')


def show():
    with open(path) as f:
        text = f.read()
    text = text.replace(here, 'PROGRAM')
    print(re.sub(r'0x[0-9a-f]{16}', '0xID', text), end='')
    print('--')


print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.is_enabled(), faulthandler.disable())


def inner():
    with open(path, 'w') as f:
        faulthandler.dump_traceback(f, all_threads=False)


def outer():
    inner()


outer()
show()
release = threading.Event()
worker = threading.Thread(target=release.wait)
worker.start()
with open(path, 'w') as f:
    faulthandler.dump_traceback(f, all_threads=True)
release.set()
worker.join()
with open(path) as f:
    blocks = f.read().split('\n\n')
print(len(blocks), sum(b.startswith('Current thread') for b in blocks), sum(b.startswith('Thread') for b in blocks))
with open(path, 'w') as f:
    faulthandler.dump_traceback_later(0.2, file=f)
    time.sleep(0.6)
show()
with open(path, 'w') as f:
    faulthandler.dump_traceback_later(0.5, file=f)
    faulthandler.cancel_dump_traceback_later()
    time.sleep(0.7)
show()
with open(path, 'w') as f:
    faulthandler.register(signal.SIGUSR1, f, all_threads=False)
    signal.raise_signal(signal.SIGUSR1)
    print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))
show()
for bad in (0, -1):
    try:
        faulthandler.dump_traceback_later(bad)
    except ValueError as e:
        print(e)
