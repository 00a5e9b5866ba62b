# Threads writing disjoint items of one bytearray through their own views, and readers of bytes.
import threading

N = 8
ba = bytearray(N * 100)
shared = memoryview(ba).cast("H")

def writer(k):
    view = shared[k::N]  # every N-th item, starting at k
    for i in range(len(view)):
        view[i] = k * 1000 + i

threads = [threading.Thread(target=writer, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
vals = shared.tolist()
print(len(vals), all(vals[i] == (i % N) * 1000 + i // N for i in range(len(vals))))

# Readers of one immutable buffer through many views agree.
data = bytes(range(256)) * 4
totals = []
lock = threading.Lock()

def reader(step):
    v = memoryview(data)[::step]
    s = sum(v)
    with lock:
        totals.append((step, s))

rs = [threading.Thread(target=reader, args=(s,)) for s in range(1, 9)]
for t in rs:
    t.start()
for t in rs:
    t.join()
print(sorted(totals) == sorted((s, sum(data[::s])) for s in range(1, 9)))

# An export held by a with block stops resizes from any thread.
box = bytearray(b"abc")
errors = []
with memoryview(box):
    def grow():
        try:
            box.append(1)
        except BufferError as e:
            errors.append(str(e))
    t = threading.Thread(target=grow)
    t.start()
    t.join()
print(errors, box)
