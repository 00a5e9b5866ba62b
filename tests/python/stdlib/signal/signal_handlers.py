# signal() and getsignal(): defaults, installing, restoring, what signal() returns
import signal

print(signal.getsignal(signal.SIGINT))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)))


def handler(signum, frame):
    print('handled', signum, signal.Signals(signum).name)


print(repr(signal.signal(signal.SIGUSR1, handler)))
print(signal.getsignal(signal.SIGUSR1) is handler)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
print(repr(signal.getsignal(signal.SIGUSR1)))
print(repr(signal.signal(signal.SIGUSR2, 1)))
print(repr(signal.getsignal(signal.SIGUSR2)))
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
