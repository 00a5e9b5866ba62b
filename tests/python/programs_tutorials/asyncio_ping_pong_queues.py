# Two coroutines play ping-pong through a pair of asyncio queues.
import asyncio

async def player(name, inbox, outbox, rounds, log):
    for _ in range(rounds):
        ball = await inbox.get()
        log.append(f"{name} hits ball {ball}")
        await outbox.put(ball + 1)

async def main():
    a_to_b, b_to_a = asyncio.Queue(), asyncio.Queue()
    log = []
    await b_to_a.put(0)
    await asyncio.gather(player("alice", b_to_a, a_to_b, 3, log),
                         player("bob", a_to_b, b_to_a, 3, log))
    print("\n".join(log))
    print("ball left:", b_to_a.get_nowait(), a_to_b.empty())

asyncio.run(main())
