# 4 threads add attributes to the same objects at once, each its own names plus one shared name,
# while a fifth reads them and now and then asks for an object's __dict__ (which moves its
# attributes into a real dict mid-race): no addition is lost, no read sees a value never stored.
import threading


class Obj:
    def __init__(self):
        self.first = "first"


N, OBJS, ROUNDS = 4, 400, 25
objs = [Obj() for _ in range(OBJS)]
start = threading.Barrier(N + 1)
done = threading.Event()
bad = []


def writer(k):
    start.wait()
    for r in range(ROUNDS):
        for i, o in enumerate(objs):
            setattr(o, "f%d_%d" % (k, r % 5), (k, i, r))
            o.shared = (k, i)


def reader():
    start.wait()
    n = 0
    while not done.is_set():
        for i, o in enumerate(objs):
            for k in range(N):
                v = getattr(o, "f%d_0" % k, None)
                if v is not None and (v[0] != k or v[1] != i):
                    bad.append(("own", k, i, v))
            s = getattr(o, "shared", None)
            if s is not None and s[1] != i:
                bad.append(("shared", i, s))
            if o.first != "first":
                bad.append(("first", i))
            n += 1
            if n % 97 == 0:
                vars(o)


threads = [threading.Thread(target=writer, args=(k,)) for k in range(N)]
r = threading.Thread(target=reader)
for t in threads + [r]:
    t.start()
for t in threads:
    t.join()
done.set()
r.join()
print("bad reads:", bad[:3])
print(all(getattr(o, "f%d_%d" % (k, j)) == (k, i, ROUNDS - 5 + j)
          for i, o in enumerate(objs) for k in range(N) for j in range(5)))
print(all(o.shared[1] == i and o.first == "first" for i, o in enumerate(objs)))
print(sorted(set(len(vars(o)) for o in objs)))
print(all(list(vars(o))[0] == "first" for o in objs))
