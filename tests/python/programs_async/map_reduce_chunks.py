# Word-count map/reduce over chunks with gather and a Counter merge.
import asyncio
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""


async def mapper(chunk_id, lines):
    counts = Counter()
    for line in lines:
        for word in line.lower().replace(",", " ").split():
            counts[word] += 1
        await asyncio.sleep(0)
    return chunk_id, counts


async def reducer(partials):
    total = Counter()
    for _, c in sorted(partials, key=lambda p: p[0]):
        total.update(c)
        await asyncio.sleep(0)
    return total


def chunks(seq, size):
    return [seq[i:i + size] for i in range(0, len(seq), size)]


async def main():
    lines = TEXT.splitlines()
    parts = chunks(lines, 1)
    partials = await asyncio.gather(*(mapper(i, p) for i, p in enumerate(parts)))
    for cid, c in partials:
        print(cid, c.most_common(3))
    total = await reducer(partials)
    print(total.most_common(5))
    print(sum(total.values()), len(total))
    print(sorted(w for w, n in total.items() if n == 1))


asyncio.run(main())
