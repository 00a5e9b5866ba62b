def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count

avg = averager()
next(avg)
for v in [10, 20, 30, 5]:
    print(f"sent {v}, average {avg.send(v):.2f}")
try:
    avg.send(None)
except StopIteration as e:
    print("finished after", e.value, "values")

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("closing with", received)
e = echo()
print(next(e), e.send("a"), e.send("b"))
e.close()
