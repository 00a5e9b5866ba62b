# Chaining work: a done-callback submits the next stage; a final Event says when all stages are done.
import threading
from concurrent.futures import ThreadPoolExecutor

results = {}
lock = threading.Lock()
all_done = threading.Event()
remaining = [3]

ex = ThreadPoolExecutor(max_workers=3)

def stage2(text):
    return text[::-1].upper()

def record(key):
    def cb(fut):
        with lock:
            results[key] = fut.result()
            remaining[0] -= 1
            if remaining[0] == 0:
                all_done.set()
    return cb

def after_stage1(key):
    def cb(fut):
        ex.submit(stage2, fut.result()).add_done_callback(record(key))
    return cb

for key, word in (("a", "alpha"), ("b", "beta"), ("c", "gamma")):
    ex.submit(str.strip, f"  {word}  ").add_done_callback(after_stage1(key))
print("finished in time:", all_done.wait(10))
ex.shutdown()
print(sorted(results.items()))
