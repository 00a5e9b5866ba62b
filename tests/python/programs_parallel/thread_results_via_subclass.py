import threading

class ReturningThread(threading.Thread):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._result = None
        self._error = None

    def run(self):
        try:
            if self._target is not None:
                self._result = self._target(*self._args, **self._kwargs)
        except BaseException as e:
            self._error = e
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        super().join(timeout)
        if self._error is not None:
            raise self._error
        return self._result

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

threads = [ReturningThread(target=fib, args=(n,), name=f"fib{n}") for n in (10, 50, 100, 200)]
for t in threads:
    t.start()
for t in threads:
    print(t.name, t.join())

bad = ReturningThread(target=fib, args=("x",))
bad.start()
try:
    bad.join()
except TypeError as e:
    print("re-raised in main:", type(e).__name__, e)

def kw_only(*, base, exp=2):
    return base ** exp
k = ReturningThread(target=kw_only, kwargs={"base": 7, "exp": 3})
k.start()
print(k.join())
print(hasattr(k, "_target"))

results = [None] * 6
def fill(i):
    results[i] = sum(range(i * 1000))
ts = [threading.Thread(target=fill, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(results)
