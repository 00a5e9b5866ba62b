# Multithreaded FizzBuzz: four threads, one Condition, numbers come out in order.
import threading

class FizzBuzz:
    def __init__(self, n):
        self.n = n
        self.i = 1
        self.cond = threading.Condition()
        self.out = []

    def _run(self, accepts, render):
        while True:
            with self.cond:
                self.cond.wait_for(lambda: self.i > self.n or accepts(self.i))
                if self.i > self.n:
                    return
                self.out.append(render(self.i))
                self.i += 1
                self.cond.notify_all()

    def fizz(self):
        self._run(lambda i: i % 3 == 0 and i % 5, lambda i: "Fizz")

    def buzz(self):
        self._run(lambda i: i % 5 == 0 and i % 3, lambda i: "Buzz")

    def fizzbuzz(self):
        self._run(lambda i: i % 15 == 0, lambda i: "FizzBuzz")

    def number(self):
        self._run(lambda i: i % 3 and i % 5, str)

fb = FizzBuzz(20)
ts = [threading.Thread(target=m) for m in (fb.fizz, fb.buzz, fb.fizzbuzz, fb.number)]
for t in ts: t.start()
for t in ts: t.join()
print(" ".join(fb.out))
