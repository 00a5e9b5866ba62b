def read_lines(text):
    for line in text.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line

def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()

CONFIG = """
# settings
name = weft
  version = 3.11   # trailing
empty =

mode=fast
"""
pipeline = parse(strip_comments(read_lines(CONFIG)))
print(pipeline.__class__.__name__, pipeline.__name__)
print(dict(pipeline))

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
    return (count, average)

avg = averager()
print(next(avg))
for v in [10, 20, 30, 45]:
    print(avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("done", e.value, e.args)

def delegator():
    result = yield from averager()
    print("delegate got", result)
    yield "after"

d = delegator()
next(d)
d.send(1)
d.send(3)
print(d.send(None))

def inner():
    try:
        x = yield 1
        print("inner received", x)
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    finally:
        print("inner finally")

def outer():
    r = yield from inner()
    print("outer after, r =", r)
    yield "end"

o = outer()
print(next(o))
print(o.send("hi"))
print(o.throw(ValueError("oops")))
print(next(o))
try:
    next(o)
except StopIteration:
    print("exhausted")

def counter():
    n = 0
    try:
        while True:
            n += 1
            yield n
    except GeneratorExit:
        print("closing at", n)
        raise

c = counter()
print([next(c) for _ in range(3)])
c.close()
c.close()
print(list(c))

def gen_return():
    yield 1
    return "value"

g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value)

def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, (4, 5)], []], 6])))

def fresh():
    yield 1
f = fresh()
try:
    f.send(5)
except TypeError as e:
    print(type(e).__name__, e)

def running():
    yield running_gen.gi_running
running_gen = running()
print(running_gen.gi_running, next(running_gen))
print(running_gen.gi_frame is not None)
gexp = (x * x for x in range(4))
print(gexp.__name__, gexp.__qualname__, sum(gexp), sum(gexp))

def bad_gen():
    yield 1
    raise StopIteration("inside")

try:
    list(bad_gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def thrower():
    yield 1
t = thrower()
next(t)
t.throw(KeyError("k"))
