def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
g = accumulator()
print(next(g))
print(g.send(10))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)
def echo():
    received = yield "ready"
    while True:
        received = yield "got " + str(received)
e = echo()
print(e.send(None))
print(e.send(1), e.send("x"))
g2 = accumulator()
try:
    g2.send(5)
except TypeError as err:
    print(err)
