# A lazy data pipeline of generators: errors inside generators, StopIteration rules, closing.
def read_rows(lines):
    for n, line in enumerate(lines, 1):
        yield n, line.split(",")

def to_numbers(rows):
    for n, fields in rows:
        try:
            yield n, [float(f) for f in fields]
        except ValueError as e:
            print(f"  row {n} skipped: {e}")

def averages(rows):
    for n, nums in rows:
        yield n, sum(nums) / len(nums)

data = ["1,2,3", "4,x,6", "", "7,8", "9"]
try:
    for n, avg in averages(to_numbers(read_rows(data))):
        print(n, round(avg, 3))
except ZeroDivisionError as e:
    print("pipeline stopped:", e)

def first(iterable):
    return next(iter(iterable))

def firsts(groups):
    for g in groups:
        yield first(g)

try:
    print(list(firsts([[1, 2], [3], [], [4]])))
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

def early_return():
    yield 1
    return "done"
g = early_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)

def delegating():
    result = yield from early_return()
    print("sub returned", result)
    yield 2
print(list(delegating()))

def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "stopped"

e = echo()
try:
    e.send("hello")
except TypeError as err:
    print("TypeError:", err)
next(e)
print(e.send("hi"), e.send(42))
try:
    e.send("stop")
except StopIteration as s:
    print("finished with", s.value)
try:
    e.throw(ValueError("late"))
except ValueError as err:
    print("throw into finished:", err)

def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("  guarded cleanup")
gg = guarded()
print(next(gg))
gg.close()
print(gg.close(), list(gg))

def running():
    yield r.send(None)
r = running()
try:
    next(r)
except ValueError as err:
    print("ValueError:", err)

nums = iter([1, 2])
print(next(nums), next(nums), next(nums, "default"))
print(list(firsts([[5], []])))
