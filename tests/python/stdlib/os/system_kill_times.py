"""os.system (wait status), os.kill (probe, signal another process, signal itself), getloadavg, times, sched_getaffinity."""
import os, sys, signal, subprocess, time
st = os.system("echo from system; exit 3")
print("status", st, os.waitstatus_to_exitcode(st) if hasattr(os, "waitstatus_to_exitcode") else st >> 8)
print(os.system("true"))
la = os.getloadavg(); print(len(la), all(isinstance(x, float) for x in la))
t = os.times(); print(type(t).__name__, len(t), t.user >= 0, t.elapsed > 0)
print(os.sched_getaffinity(0) == set(range(os.cpu_count())))
p = subprocess.Popen(["sleep", "30"])
os.kill(p.pid, 0)
os.kill(p.pid, signal.SIGTERM)
p.wait()
try:
    os.kill(999999, 0)
except ProcessLookupError as e:
    print("ProcessLookupError", e.errno, e.strerror)
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
os.kill(os.getpid(), signal.SIGUSR1)
time.sleep(0.1)
print("handled", got)
