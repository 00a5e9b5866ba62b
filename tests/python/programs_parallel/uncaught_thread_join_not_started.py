import threading

def job(n):
    return n * 2

workers = [threading.Thread(target=job, args=(i,), name=f"job-{i}") for i in range(3)]
for w in workers[:2]:
    w.start()
for w in workers:
    print("joining", w.name)
    w.join()
