# raise_signal delivers to the handler in the main thread, with the frame
import signal

log = []


def handler(signum, frame):
    log.append((signum, type(frame).__name__, frame.f_code.co_name))


signal.signal(signal.SIGUSR1, handler)
signal.signal(signal.SIGTERM, handler)


def fire():
    signal.raise_signal(signal.SIGUSR1)
    return 'fired'


print(fire())
signal.raise_signal(signal.SIGTERM)
print(log)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print(len(log))


def boom(signum, frame):
    raise RuntimeError('from handler %d' % signum)


signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print('caught', e)
signal.raise_signal(signal.SIGCHLD)
print('SIGCHLD ignored by default')
