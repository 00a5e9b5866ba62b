import threading

class Counter:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    def increment(self):
        with self._lock:
            self.value += 1

class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()

    def withdraw(self, amount):
        with self.lock:
            if self.balance >= amount:
                self.balance -= amount
                return True
            return False

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

counter = Counter()
def bump(n):
    for _ in range(n):
        counter.increment()

threads = [threading.Thread(target=bump, args=(2000,)) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print("counter", counter.value)

acct = Account(1000)
successes = []
slock = threading.Lock()
def spend():
    ok = 0
    for _ in range(50):
        if acct.withdraw(7):
            ok += 1
    with slock:
        successes.append(ok)

threads = [threading.Thread(target=spend) for _ in range(6)]
for t in threads: t.start()
for t in threads: t.join()
print("withdrawals", sum(successes), "balance", acct.balance)
print("consistent", 1000 - 7 * sum(successes) == acct.balance)

a, b = Account(500), Account(500)
def transfer(src, dst, amount, times):
    for _ in range(times):
        first, second = sorted((src, dst), key=lambda acc: id(acc))
        with first.lock:
            with second.lock:
                if src.balance >= amount:
                    src.balance -= amount
                    dst.balance += amount

t1 = threading.Thread(target=transfer, args=(a, b, 3, 300))
t2 = threading.Thread(target=transfer, args=(b, a, 5, 300))
t1.start(); t2.start(); t1.join(); t2.join()
print("total preserved", a.balance + b.balance)
