# Recursive coroutines: walking a tree concurrently, and deep await chains.
import asyncio

TREE = {
    "name": "root", "size": 1,
    "children": [
        {"name": "a", "size": 5, "children": [
            {"name": "a1", "size": 2, "children": []},
            {"name": "a2", "size": 3, "children": [{"name": "a2x", "size": 7, "children": []}]},
        ]},
        {"name": "b", "size": 4, "children": []},
    ],
}


async def total_size(node, depth=0, log=None):
    await asyncio.sleep(0)
    if log is not None:
        log.append("  " * depth + node["name"])
    sizes = await asyncio.gather(*(total_size(c, depth + 1, log) for c in node["children"]))
    return node["size"] + sum(sizes)


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


async def depth_chain(n):
    if n == 0:
        return 0
    return 1 + await depth_chain(n - 1)


async def main():
    log = []
    print(await total_size(TREE, log=log))
    print("\n".join(log))
    print([await fib(i) for i in range(15)])
    print(await depth_chain(200))


asyncio.run(main())
