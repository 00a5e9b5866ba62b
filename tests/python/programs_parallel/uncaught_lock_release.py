import threading

lock = threading.Lock()
shared = []
def append_safely(x):
    lock.acquire()
    try:
        shared.append(x)
    finally:
        lock.release()

ts = [threading.Thread(target=append_safely, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(shared))
print("releasing once too often...")
lock.release()
