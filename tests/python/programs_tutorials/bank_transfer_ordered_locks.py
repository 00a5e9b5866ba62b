# Transfers between accounts: lock both accounts in a global order to avoid deadlock.
import random
import threading

class Account:
    def __init__(self, number, balance):
        self.number = number
        self.balance = balance
        self.lock = threading.Lock()

def transfer(src, dst, amount):
    first, second = sorted((src, dst), key=lambda a: a.number)
    with first.lock, second.lock:
        if src.balance >= amount:
            src.balance -= amount
            dst.balance += amount
            return True
        return False

accounts = [Account(i, 1000) for i in range(5)]
outcomes = []
outcome_lock = threading.Lock()

def clerk(seed):
    rng = random.Random(seed)
    ok = 0
    for _ in range(300):
        a, b = rng.sample(accounts, 2)
        ok += transfer(a, b, rng.randint(1, 300))
    with outcome_lock:
        outcomes.append(ok)

clerks = [threading.Thread(target=clerk, args=(s,)) for s in range(4)]
for c in clerks: c.start()
for c in clerks: c.join()
print("total money:", sum(a.balance for a in accounts))
print("no negative balance:", all(a.balance >= 0 for a in accounts))
print("transfers attempted:", 4 * 300, "recorded:", len(outcomes))
print("locks free:", not any(a.lock.locked() for a in accounts))
