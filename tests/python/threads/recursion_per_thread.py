# Each thread has its own recursion depth: runaway recursion in one thread raises RecursionError
# there only, while others recurse to moderate depths and the main thread goes on.
import sys
import threading

results = {}


def runaway(n):
    return runaway(n + 1) + 1


def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


def explode():
    for _ in range(3):
        try:
            runaway(0)
        except RecursionError as e:
            results.setdefault("explode", []).append(str(e))


def steady(k):
    total = 0
    for _ in range(200):
        total += depth(400)
    results["steady%d" % k] = total


threads = [threading.Thread(target=explode)] + [threading.Thread(target=steady, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join(60)
print(sorted(results))
print(results["explode"])
print([results["steady%d" % k] for k in range(3)])
print(depth(800), sys.getrecursionlimit())


# A RecursionError inside one thread's __repr__ chain stays there too.
class Deep:
    def __init__(self, inner):
        self.inner = inner

    def __repr__(self):
        return "D(%r)" % (self.inner,)


chain = None
for _ in range(5000):
    chain = Deep(chain)
out = []
def show():
    try:
        repr(chain)
    except RecursionError:
        out.append("RecursionError in thread")
t = threading.Thread(target=show)
t.start()
t.join(60)
print(out, repr(Deep(Deep(None))))
