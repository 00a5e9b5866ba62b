# asyncio.Barrier (3.11): tasks meet at the barrier each round.
import asyncio

async def player(barrier, name, log):
    for rnd in range(2):
        log.append((rnd, "arrive", name))
        pos = await barrier.wait()
        log.append((rnd, "leave", name, pos))

async def main():
    barrier = asyncio.Barrier(3)
    log = []
    await asyncio.gather(*(player(barrier, n, log) for n in "abc"))
    for rnd in range(2):
        arrivals = [e for e in log if e[0] == rnd and e[1] == "arrive"]
        leaves = [e for e in log if e[0] == rnd and e[1] == "leave"]
        print(rnd, len(arrivals), sorted(e[3] for e in leaves))
    # every arrival of round 0 happens before any leave of round 0
    first_leave = min(i for i, e in enumerate(log) if e[1] == "leave")
    print(all(e[1] == "arrive" for e in log[:first_leave]), first_leave)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    b = asyncio.Barrier(2)
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    await b.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", b.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
