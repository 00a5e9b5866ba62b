# A three-stage pipeline (read -> transform -> write) connected by queues, shut down with sentinels.
import queue
import threading

STOP = object()
raw, cooked = queue.Queue(), queue.Queue()
written = []

def reader(lines):
    for n, line in enumerate(lines, 1):
        raw.put((n, line))
    raw.put(STOP)

def transformer():
    while (item := raw.get()) is not STOP:
        n, line = item
        cooked.put((n, line.strip().title(), len(line.split())))
    cooked.put(STOP)

def writer():
    while (item := cooked.get()) is not STOP:
        written.append(item)

text = ["  the zen of python  ", "beautiful is better than ugly", "explicit is better than implicit",
        "simple is better than complex", "  flat is better than nested"]
stages = [threading.Thread(target=reader, args=(text,), name="reader"),
          threading.Thread(target=transformer, name="transformer"),
          threading.Thread(target=writer, name="writer")]
for s in stages: s.start()
for s in stages: s.join()
for n, line, words in written:
    print(f"{n}: {line} ({words} words)")
print("queues empty:", raw.empty(), cooked.empty())
