import sched
import threading

events = []
clock = [0.0]
def fake_time():
    return clock[0]
def fake_sleep(d):
    clock[0] += d

s = sched.scheduler(fake_time, fake_sleep)
def act(name):
    events.append((clock[0], name))
s.enter(2, 1, act, argument=("second",))
s.enter(1, 1, act, argument=("first",))
s.enter(2, 0, act, argument=("second-high-priority",))
e = s.enter(3, 1, act, argument=("cancelled",))
s.enterabs(5, 1, act, kwargs={"name": "absolute"})
s.cancel(e)
print(len(s.queue), s.empty())
print([ev.argument or ev.kwargs for ev in s.queue])
s.run()
print(events)
print(s.empty())

fired = []
lock = threading.Lock()
def ring(tag):
    with lock:
        fired.append(tag)
timers = [threading.Timer(0.001 * i, ring, args=(f"t{i}",)) for i in range(5)]
for t in timers:
    t.start()
timers[4].cancel()
for t in timers:
    t.join()
print(sorted(fired)[:4])
t = threading.Timer(5, ring, ["late"])
t.daemon = True
t.start()
t.cancel()
t.join()
print("cancelled timer fired?", "late" in fired)
