# threading.Timer: cancel before it fires, let another fire, and inspect its thread attributes.
import threading

fired = []
def alarm(label, extra=None):
    fired.append((label, extra))

t1 = threading.Timer(5.0, alarm, args=("never",))
t2 = threading.Timer(0.01, alarm, args=("soon",), kwargs={"extra": 1})
print(isinstance(t1, threading.Thread), t1.name.startswith("Thread-"))
t1.start(); t2.start()
t1.cancel()
t1.join(); t2.join()
print("fired:", fired)
print("finished flags:", t1.finished.is_set(), t2.finished.is_set())

class Repeater(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
            if len(ticks) >= 3:
                self.finished.set()

ticks = []
r = Repeater(0.001, lambda: ticks.append("tick"))
r.start(); r.join()
print(ticks)
