import threading

N = 5
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N
log_lock = threading.Lock()
log = []

def philosopher(i, rounds):
    left, right = i, (i + 1) % N
    first, second = min(left, right), max(left, right)
    for r in range(rounds):
        with forks[first]:
            with forks[second]:
                meals[i] += 1
                with log_lock:
                    log.append((i, r))

threads = [threading.Thread(target=philosopher, args=(i, 20), name=f"phil-{i}") for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("meals", meals)
print("log entries", len(log))
print("per philosopher", [sum(1 for p, _ in log if p == i) for i in range(N)])
print("rounds in order per philosopher", all(
    [r for p, r in log if p == i] == list(range(20)) for i in range(N)))
print("all forks free", not any(f.locked() for f in forks))

# Waiter solution with a semaphore
waiter = threading.Semaphore(N - 1)
eaten = [0] * N
def polite(i, rounds):
    for _ in range(rounds):
        with waiter:
            with forks[i]:
                with forks[(i + 1) % N]:
                    eaten[i] += 1
ts = [threading.Thread(target=polite, args=(i, 15)) for i in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print("eaten", eaten, sum(eaten))

# Trying with acquire timeouts (back off and retry)
backoff = [0] * N
def careful(i, rounds):
    done = 0
    while done < rounds:
        l, r = forks[i], forks[(i + 1) % N]
        if l.acquire(timeout=0.5):
            try:
                if r.acquire(blocking=False):
                    try:
                        done += 1
                    finally:
                        r.release()
            finally:
                l.release()
    backoff[i] = done
ts = [threading.Thread(target=careful, args=(i, 10)) for i in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print("careful", backoff)
