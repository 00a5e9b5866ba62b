# Dining philosophers without deadlock: always pick up the lower-numbered fork first.
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

ps = [threading.Thread(target=philosopher, args=(i, 50), name=f"philosopher-{i}") for i in range(N)]
for p in ps: p.start()
for p in ps: p.join(timeout=20)
print("any still eating:", any(p.is_alive() for p in ps))
print("meals:", meals)
print("log entries:", len(log), "unique:", len(set(log)))
print("each philosopher ate in order:", all(
    [r for j, r in log if j == i] == list(range(50)) for i in range(N)))
print("forks free:", [f.locked() for f in forks])
