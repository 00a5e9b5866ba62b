# SIGINT: KeyboardInterrupt by default, or a handler of one's own (also for interrupt_main)
import _thread
import signal
import time

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt from raise_signal')
seen = []
old = signal.signal(signal.SIGINT, lambda s, f: seen.append(s))
print(old is signal.default_int_handler)
signal.raise_signal(signal.SIGINT)
_thread.interrupt_main()
for _ in range(100):
    if len(seen) == 2:
        break
    time.sleep(0.01)
print(seen)
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print('ignored')
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    _thread.interrupt_main()
    time.sleep(2)
    print('not interrupted')
except KeyboardInterrupt:
    print('KeyboardInterrupt from interrupt_main')
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print('default_int_handler raises')
