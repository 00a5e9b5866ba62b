# The first threading lesson: start a few threads with arguments, join them, then report.
import threading

results = []
results_lock = threading.Lock()

def greet(name, times, punctuation="!"):
    words = []
    for i in range(times):
        words.append(f"{name}{punctuation * (i + 1)}")
    with results_lock:
        results.append((name, " ".join(words)))

threads = []
for i, name in enumerate(["ada", "grace", "linus", "guido"]):
    t = threading.Thread(target=greet, args=(name, i + 1), kwargs={"punctuation": "?" if i % 2 else "!"})
    threads.append(t)

print("alive before start:", [t.is_alive() for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print("alive after join:", [t.is_alive() for t in threads])
for name, text in sorted(results):
    print(f"{name:>6}: {text}")
print("active threads now:", threading.active_count())
