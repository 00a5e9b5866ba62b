import threading

class UnsafeAccount:
    def __init__(self):
        self.balance = 0

class SafeAccount:
    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()

    def deposit(self, amount):
        with self.lock:
            current = self.balance
            current += amount
            self.balance = current

    def withdraw(self, amount):
        with self.lock:
            if amount > self.balance:
                raise ValueError(f"insufficient funds: balance {self.balance}, requested {amount}")
            self.balance -= amount

safe = SafeAccount()
def deposits(n):
    for _ in range(n):
        safe.deposit(10)
def withdrawals(n):
    for _ in range(n):
        safe.withdraw(0)
threads = [threading.Thread(target=deposits, args=(1000,)) for _ in range(4)]
threads += [threading.Thread(target=withdrawals, args=(500,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"Final balance: ${safe.balance:,}")
print(f"Expected:      ${4 * 1000 * 10:,}")

errors = []
elock = threading.Lock()
acct = SafeAccount()
acct.deposit(100)
def greedy(amount):
    try:
        acct.withdraw(amount)
    except ValueError as e:
        with elock:
            errors.append(str(e).split(":")[0])
ts = [threading.Thread(target=greedy, args=(30,)) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print("balance", acct.balance, "failed", len(errors), set(errors))
try:
    acct.withdraw(1000)
except ValueError as e:
    print(type(e).__name__, e)

ledger = []
ledger_lock = threading.Lock()
def record(who, amounts):
    for a in amounts:
        with ledger_lock:
            ledger.append((who, a))
people = {"alice": [5, 10, 15], "bob": [1, 2], "carol": [100]}
ts = [threading.Thread(target=record, args=item) for item in people.items()]
for t in ts: t.start()
for t in ts: t.join()
totals = {}
for who, a in ledger:
    totals[who] = totals.get(who, 0) + a
print(dict(sorted(totals.items())))
print(f"{'name':<8}{'total':>8}")
for who in sorted(totals, key=totals.get, reverse=True):
    print(f"{who:<8}{totals[who]:>8.2f}")
