# Two producers append to one deque while two consumers popleft from it: every item is taken
# exactly once (deque.append and deque.popleft are atomic).
import threading
from collections import deque

PRODUCERS, CONSUMERS, PER = 2, 2, 100_000
q = deque()
taken = [[] for _ in range(CONSUMERS)]
done = threading.Event()
start = threading.Barrier(PRODUCERS + CONSUMERS)


def produce(k):
    start.wait()
    for i in range(k * PER, (k + 1) * PER):
        q.append(i)


def consume(k):
    got = taken[k]
    popleft = q.popleft
    start.wait()
    while True:
        try:
            got.append(popleft())
        except IndexError:
            if done.is_set() and not q:
                return


producers = [threading.Thread(target=produce, args=(k,)) for k in range(PRODUCERS)]
consumers = [threading.Thread(target=consume, args=(k,)) for k in range(CONSUMERS)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
done.set()
for t in consumers:
    t.join()
everything = taken[0] + taken[1]
print(len(everything), len(q))
print(sorted(everything) == list(range(PRODUCERS * PER)))
# A consumer sees each producer's items in the order they were appended.
print(all([x for x in got if x < PER] == sorted(x for x in got if x < PER) for got in taken))

# Both ends at once: appendleft/pop against append/popleft, with a bounded deque.
d = deque(maxlen=1000)
def churn(k):
    for i in range(50_000):
        if k % 2:
            d.append(i)
            if len(d) > 500:
                try:
                    d.pop()
                except IndexError:
                    pass
        else:
            d.appendleft(i)
            try:
                d.popleft()
            except IndexError:
                pass
threads = [threading.Thread(target=churn, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(d) <= 1000, all(isinstance(x, int) for x in d), len(list(d)) == len(d))
