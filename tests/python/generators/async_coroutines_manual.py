class Sleep:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        result = yield self.label
        return result
async def task(name, n):
    total = 0
    for i in range(n):
        got = await Sleep(f"{name} step {i}")
        total += got
    return f"{name} total {total}"
async def main():
    a = await task("A", 2)
    b = await task("B", 3)
    return [a, b]
coro = main()
print(type(coro).__name__)
value = None
counter = 0
try:
    while True:
        yielded = coro.send(value)
        counter += 1
        print("yielded:", yielded)
        value = counter * 10
except StopIteration as stop:
    print("result:", stop.value)
async def simple():
    return 42
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
