import threading

class ReadWriteLock:
    """Many readers or one writer (writer preference)."""
    def __init__(self):
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0
        self._writer = False
        self._waiting_writers = 0
        self.max_readers = 0

    def acquire_read(self):
        with self._cond:
            while self._writer or self._waiting_writers:
                self._cond.wait()
            self._readers += 1
            self.max_readers = max(self.max_readers, self._readers)

    def release_read(self):
        with self._cond:
            self._readers -= 1
            if not self._readers:
                self._cond.notify_all()

    def acquire_write(self):
        with self._cond:
            self._waiting_writers += 1
            while self._writer or self._readers:
                self._cond.wait()
            self._waiting_writers -= 1
            self._writer = True

    def release_write(self):
        with self._cond:
            self._writer = False
            self._cond.notify_all()

rw = ReadWriteLock()
store = {"version": 0, "data": []}
reads = []
rlock = threading.Lock()

def reader(n):
    for _ in range(n):
        rw.acquire_read()
        try:
            snapshot = (store["version"], len(store["data"]))
        finally:
            rw.release_read()
        assert snapshot[0] == snapshot[1], snapshot
        with rlock:
            reads.append(snapshot)

def writer(n):
    for _ in range(n):
        rw.acquire_write()
        try:
            store["data"].append(store["version"])
            store["version"] += 1
        finally:
            rw.release_write()

threads = [threading.Thread(target=reader, args=(50,)) for _ in range(4)]
threads += [threading.Thread(target=writer, args=(25,)) for _ in range(2)]
for t in threads: t.start()
for t in threads: t.join()
print("final version", store["version"], "items", len(store["data"]))
print("reads", len(reads), "all consistent", all(v == n for v, n in reads))
print("data is 0..49", store["data"] == list(range(50)))
print("readers state", rw._readers, rw._writer, rw._waiting_writers)
