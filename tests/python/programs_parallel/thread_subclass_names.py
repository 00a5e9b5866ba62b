import threading

class Worker(threading.Thread):
    def __init__(self, n, results):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.results = results

    def run(self):
        total = sum(i * i for i in range(self.n * 10))
        self.results[self.name] = (threading.current_thread().name, total)

results = {}
workers = [Worker(i, results) for i in range(5)]
for w in workers:
    print(w.name, w.is_alive(), w.daemon)
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(w.name, w.is_alive())
for k in sorted(results):
    print(k, results[k])

t = threading.Thread(target=lambda: None)
print(t.name.startswith("Thread-"), t.name.endswith("(<lambda>)"))
def task():
    pass
t2 = threading.Thread(target=task)
print(t2.name.split(" ")[-1])
t3 = threading.Thread(target=task, name="custom")
print(t3.name)
t3.name = "renamed"
print(t3.getName())
t3.setName("again")
print(t3.name)
print(threading.current_thread().name)
print(threading.main_thread().name)
print(threading.current_thread() is threading.main_thread())
print(isinstance(threading.current_thread(), threading.Thread))
print(threading.Thread.__name__, threading.Thread.__module__)
