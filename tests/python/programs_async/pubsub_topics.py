# A publish/subscribe broker with topics, wildcard subscribers and unsubscribe.
import asyncio
import fnmatch


class Broker:
    def __init__(self):
        self.subs = []

    def subscribe(self, pattern):
        q = asyncio.Queue()
        self.subs.append((pattern, q))
        return q

    def unsubscribe(self, q):
        self.subs = [(p, s) for p, s in self.subs if s is not q]

    async def publish(self, topic, message):
        delivered = 0
        for pattern, q in self.subs:
            if fnmatch.fnmatchcase(topic, pattern):
                await q.put((topic, message))
                delivered += 1
        return delivered


async def listener(name, q, n, out):
    for _ in range(n):
        topic, msg = await q.get()
        out.append(f"{name} <- {topic}: {msg}")


async def main():
    broker = Broker()
    out = []
    qa = broker.subscribe("sports.*")
    qb = broker.subscribe("*.football")
    qc = broker.subscribe("news")
    listeners = [
        asyncio.create_task(listener("A", qa, 2, out)),
        asyncio.create_task(listener("B", qb, 1, out)),
        asyncio.create_task(listener("C", qc, 1, out)),
    ]
    counts = []
    for topic, msg in [("sports.football", "goal!"), ("news", "rain"), ("sports.tennis", "ace"),
                       ("weather", "sunny")]:
        counts.append(await broker.publish(topic, msg))
    await asyncio.gather(*listeners)
    print(counts)
    print("\n".join(out))
    broker.unsubscribe(qa)
    print(await broker.publish("sports.golf", "hole in one"), len(broker.subs))


asyncio.run(main())
