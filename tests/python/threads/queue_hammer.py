# Queue, LifoQueue, PriorityQueue and SimpleQueue shared by 4 producers and 4 consumers: every
# item is taken exactly once, bounded queues never hold more than maxsize, and task_done/join
# account for all of them.
import queue
import threading

PRODUCERS, CONSUMERS, PER = 4, 4, 2_000
STOP = object()


def hammer(q, bounded):
    taken = [[] for _ in range(CONSUMERS)]
    overfull = []

    def produce(k):
        for i in range(PER):
            q.put((k, i))
            if bounded and q.qsize() > q.maxsize:
                overfull.append(q.qsize())

    def consume(k):
        got = taken[k]
        while True:
            item = q.get()
            if item is STOP or item == (PRODUCERS, 0):
                if hasattr(q, "task_done"):
                    q.task_done()
                return
            got.append(item)
            if hasattr(q, "task_done"):
                q.task_done()

    producers = [threading.Thread(target=produce, args=(k,)) for k in range(PRODUCERS)]
    consumers = [threading.Thread(target=consume, args=(k,)) for k in range(CONSUMERS)]
    for t in producers + consumers:
        t.start()
    for t in producers:
        t.join()
    if hasattr(q, "join"):
        q.join()
    for _ in consumers:
        # A PriorityQueue cannot order STOP against tuples: a sentinel that sorts last.
        q.put((PRODUCERS, 0) if isinstance(q, queue.PriorityQueue) else STOP)
    for t in consumers:
        t.join()
    everything = [x for got in taken for x in got]
    return (len(everything), sorted(everything) == [(k, i) for k in range(PRODUCERS) for i in range(PER)],
            q.empty(), overfull)


print("Queue", hammer(queue.Queue(maxsize=50), True))
print("LifoQueue", hammer(queue.LifoQueue(maxsize=7), True))
print("PriorityQueue", hammer(queue.PriorityQueue(), False))
print("SimpleQueue", hammer(queue.SimpleQueue(), False))

# get with a timeout from an empty queue raises Empty; put_nowait on a full one raises Full.
q = queue.Queue(maxsize=1)
q.put_nowait(1)
try:
    q.put_nowait(2)
except queue.Full:
    print("Full")
q.get_nowait()
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty")
