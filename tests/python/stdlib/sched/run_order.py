# sched.scheduler with a simulated clock: ordering by time and priority, cancel, queue, run(blocking=False).
import sched


class Clock:
    def __init__(self):
        self.now = 0.0

    def time(self):
        return self.now

    def sleep(self, delay):
        self.now += delay


clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
log = []
s.enter(5, 1, log.append, ("five",))
s.enterabs(2, 2, log.append, ("two-low",))
s.enterabs(2, 1, log.append, ("two-high",))
e = s.enter(3, 1, log.append, ("cancelled",))
s.enter(1, 1, lambda **kw: log.append(kw), kwargs={"k": "v"})
s.enter(2, 1, log.append, argument=("two-high-later",))
s.cancel(e)
print([(ev.time, ev.priority, ev.argument) for ev in s.queue], s.empty())
s.run()
print(log, clock.now, s.empty())
s.enter(10, 1, log.append, ("later",))
print(s.run(blocking=False), log[-1])
try:
    s.cancel(e)
except ValueError:
    print("ValueError")
ev = s.queue[0]
print(ev._fields, ev.time, ev.priority, ev.sequence >= 0, ev.action is log.append, ev.kwargs)
