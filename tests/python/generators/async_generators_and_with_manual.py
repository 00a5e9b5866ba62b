class Ctx:
    async def __aenter__(self):
        print("aenter")
        return "ctx"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False
async def agen(n):
    for i in range(n):
        yield i * i
async def consume():
    out = []
    async with Ctx() as c:
        out.append(c)
        async for v in agen(4):
            out.append(v)
    out.extend([x async for x in agen(3)])
    return out
co = consume()
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
