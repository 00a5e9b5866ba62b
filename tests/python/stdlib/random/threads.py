import random
import threading

results = {}

def work(n):
    r = random.Random(n)
    results[n] = [r.randint(0, 999) for _ in range(1000)]

threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in range(4):
    print(n, results[n] == [random.Random(n).randint(0, 999) for _ in range(1)][0:1] + results[n][1:], sum(results[n]))

count = []
def shared():
    for _ in range(2000):
        x = random.random()
        assert 0.0 <= x < 1.0
    count.append(1)

threads = [threading.Thread(target=shared) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(count))
