def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally in generator")
for x in g():
    print(x)
    break
print("after break")
def h():
    yield 1
    raise ValueError("from generator")
try:
    for v in h():
        print(v)
except ValueError as e:
    print("caught", e)
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e)
