# a signal sent to the process by another program reaches its handler
import os
import signal
import subprocess
import time

got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
signal.signal(signal.SIGHUP, lambda s, f: got.append(s))
subprocess.run(['kill', '-USR1', str(os.getpid())])
subprocess.run(['kill', '-HUP', str(os.getpid())])
for _ in range(1000):  # up to 10 s: a loaded host can be slow to deliver
    if len(got) == 2:
        break
    time.sleep(0.01)
print(sorted(got))
signal.signal(signal.SIGHUP, signal.SIG_IGN)
subprocess.run(['kill', '-HUP', str(os.getpid())])
time.sleep(0.2)
print(sorted(got), 'still running')
