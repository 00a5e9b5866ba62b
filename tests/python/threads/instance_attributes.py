# 4 threads write distinct attributes of one object (its __dict__ grows and resizes meanwhile):
# no write is lost; then they delete half of them concurrently.
import threading


class Box:
    pass


N, PER = 4, 5_000
box = Box()
start = threading.Barrier(N)


def work(k):
    start.wait()
    for i in range(PER):
        setattr(box, "a%d_%d" % (k, i), i)
    for i in range(PER):
        box.counter = i          # a shared attribute, written by all
    for i in range(0, PER, 2):
        delattr(box, "a%d_%d" % (k, i))


threads = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(vars(box)))
print(all(getattr(box, "a%d_%d" % (k, i)) == i for k in range(N) for i in range(1, PER, 2)))
print(not any(hasattr(box, "a%d_%d" % (k, i)) for k in range(N) for i in range(0, PER, 2)))
print(box.counter == PER - 1)
