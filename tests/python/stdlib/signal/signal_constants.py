# the Signals, Handlers and Sigmasks enums and the module constants
import signal

print(signal.SIGINT, repr(signal.SIGINT), signal.SIGTERM.name, int(signal.SIGKILL))
print(signal.Signals(15), signal.Signals['SIGHUP'], signal.Signals.SIGUSR1.value)
print(signal.SIGIOT is signal.SIGABRT, signal.SIGCLD, repr(signal.SIGPOLL))
print(signal.SIGRTMIN, signal.SIGRTMAX, signal.NSIG)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.SIG_DFL == 0)
print(list(signal.Handlers), list(signal.Sigmasks))
print(isinstance(signal.SIGINT, int), signal.SIGINT + 1)
print([s.name for s in signal.Signals][:10])
try:
    signal.Signals(32)
except ValueError as e:
    print(e)
