# Concurrent bank transfers with per-account locks taken in a fixed order.
import asyncio
import random


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = asyncio.Lock()

    def __repr__(self):
        return f"Account({self.name!r}, {self.balance})"


class InsufficientFunds(Exception):
    pass


async def transfer(src, dst, amount, log):
    first, second = sorted((src, dst), key=lambda a: a.name)
    async with first.lock:
        await asyncio.sleep(0)
        async with second.lock:
            if src.balance < amount:
                raise InsufficientFunds(f"{src.name} has {src.balance}, needs {amount}")
            src.balance -= amount
            await asyncio.sleep(0)
            dst.balance += amount
            log.append(f"{src.name}->{dst.name} {amount}")


async def main():
    rng = random.Random(7)
    accounts = [Account(n, 100) for n in ("ann", "bob", "cat", "dan")]
    total_before = sum(a.balance for a in accounts)
    jobs = []
    for _ in range(20):
        src, dst = rng.sample(accounts, 2)
        jobs.append(transfer(src, dst, rng.randint(10, 80), []))
    log = []
    jobs = []
    rng = random.Random(7)
    for _ in range(20):
        src, dst = rng.sample(accounts, 2)
        jobs.append(transfer(src, dst, rng.randint(10, 80), log))
    results = await asyncio.gather(*jobs, return_exceptions=True)
    failures = [str(r) for r in results if isinstance(r, Exception)]
    print("transfers done:", len(log), "failed:", len(failures))
    for f in failures:
        print("  ", f)
    print(accounts)
    print("total preserved:", sum(a.balance for a in accounts) == total_before)
    print(all(not a.lock.locked() for a in accounts))


asyncio.run(main())
