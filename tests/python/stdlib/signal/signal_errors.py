# bad arguments and the rules of signal(): main thread only, SIGKILL and SIGSTOP fixed
import signal
import threading

for args in [(0, signal.SIG_DFL), (65, signal.SIG_DFL), (-1, signal.SIG_IGN),
             (signal.SIGKILL, signal.SIG_IGN), (signal.SIGSTOP, signal.SIG_DFL),
             (signal.SIGTERM, 'not callable'), (signal.SIGTERM, None), ('x', signal.SIG_DFL)]:
    try:
        signal.signal(*args)
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
for n in (0, 65):
    try:
        signal.getsignal(n)
    except ValueError as e:
        print('getsignal', n, e)
    try:
        signal.strsignal(n)
    except ValueError as e:
        print('strsignal', n, e)


def in_thread():
    try:
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    except ValueError as e:
        print(e)
    print(repr(signal.getsignal(signal.SIGUSR1)))


t = threading.Thread(target=in_thread)
t.start()
t.join()
