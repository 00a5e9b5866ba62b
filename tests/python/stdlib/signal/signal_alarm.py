# alarm() and pause(): SIGALRM arrives in the main thread after the given seconds
import signal
import time

fired = []
signal.signal(signal.SIGALRM, lambda s, f: fired.append(s))
print(signal.alarm(1))
start = time.monotonic()
signal.pause()
print(fired, 0.8 < time.monotonic() - start < 3)
print(signal.alarm(5))
print(signal.alarm(0))
print(signal.alarm(0))
signal.alarm(1)
time.sleep(1.5)
print(fired)
try:
    signal.alarm(1.5)
except TypeError as e:
    print(e)
