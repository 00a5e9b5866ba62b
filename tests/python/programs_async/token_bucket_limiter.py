# A token-bucket rate limiter driven by a fake clock, so the schedule is deterministic.
import asyncio


class FakeClock:
    def __init__(self):
        self.now = 0.0

    async def sleep(self, dt):
        self.now += dt
        await asyncio.sleep(0)


class TokenBucket:
    def __init__(self, rate, capacity, clock):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.clock = clock
        self.updated = clock.now
        self.lock = asyncio.Lock()

    def _refill(self):
        elapsed = self.clock.now - self.updated
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        self.updated = self.clock.now

    async def acquire(self):
        async with self.lock:
            while True:
                self._refill()
                if self.tokens >= 1:
                    self.tokens -= 1
                    return self.clock.now
                await self.clock.sleep((1 - self.tokens) / self.rate)


async def request(bucket, i, log):
    t = await bucket.acquire()
    log.append((i, round(t, 2)))


async def main():
    clock = FakeClock()
    bucket = TokenBucket(rate=2, capacity=3, clock=clock)
    log = []
    await asyncio.gather(*(request(bucket, i, log) for i in range(8)))
    for i, t in log:
        print(f"request {i} at t={t:.2f}")
    print(f"tokens left: {bucket.tokens:.2f}")


asyncio.run(main())
