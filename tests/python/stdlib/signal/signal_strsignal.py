# strsignal and valid_signals
import signal

for n in range(1, 65):
    print(n, signal.strsignal(n))
v = signal.valid_signals()
print(type(v).__name__, len(v), min(v), max(v), 32 in v, 33 in v)
print(sorted(v)[:5])
print(signal.SIGINT in v, 40 in v)
