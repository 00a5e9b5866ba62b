# Subclassing Thread to keep a result: the classic "thread that returns a value" recipe.
import threading

class SumWorker(threading.Thread):
    def __init__(self, numbers, label):
        super().__init__(name=f"sum-{label}")
        self.numbers = numbers
        self.result = None

    def run(self):
        self.result = sum(n * n for n in self.numbers)

class FailingWorker(threading.Thread):
    def run(self):
        try:
            raise ValueError(f"{self.name} cannot work")
        except ValueError as e:
            self.error = e

workers = [SumWorker(range(i * 10, i * 10 + 10), i) for i in range(4)]
print(repr(workers[0]))
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(w.name, w.result, w.is_alive())
print("total", sum(w.result for w in workers))

f = FailingWorker(name="fragile")
print(repr(f))
f.start()
f.join()
print(type(f.error).__name__, f.error)

class Plain(threading.Thread):
    pass
p = Plain(target=lambda x: print("plain target got", x), args=(42,))
print(p.name.startswith("Thread-"), p.name.endswith("(<lambda>)"))
p.start()
p.join()
