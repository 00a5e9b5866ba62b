# Parsing "key=value" settings and coordinate pairs: unpacking errors are the common failure.
settings_text = ["host=localhost", "port=8080", "debug", "mode=a=b", "=empty", "name="]

config = {}
for line in settings_text:
    try:
        key, value = line.split("=")
    except ValueError as e:
        print(f"{line!r}: {type(e).__name__}: {e}")
        continue
    config[key] = value
print(config)

points = [(1, 2), (3, 4, 5), (6,), [7, 8], "xy", "xyz", 9, None, {"a": 1, "b": 2}]
for p in points:
    try:
        x, y = p
        print("point", x, y)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

records = [(1, "a", True), (2, "b"), (3,)]
for rec in records:
    try:
        first, *middle, last = rec
        print(first, middle, last)
    except ValueError as e:
        print(type(e).__name__, e)

try:
    a, b, c = range(10)
except ValueError as e:
    print(e)

try:
    (a, b), c = [1, 2], 3
    print(a, b, c)
    (a, b), c = [1, 2, 3], 4
except ValueError as e:
    print(e)

try:
    for k, v in {"one": 1, "two": 2}:
        print(k, v)
except ValueError as e:
    print(type(e).__name__, e)

for k, v in {"one": 1, "two": 2}.items():
    print(k, v)

def gen():
    yield 1
    yield 2
    yield 3

try:
    x, y = gen()
except ValueError as e:
    print("generator:", e)

try:
    x, y, z, w = gen()
except ValueError as e:
    print("generator:", e)

try:
    *a, = 5
except TypeError as e:
    print(type(e).__name__, e)

width, height = "640x480".split("x")
print(int(width) * int(height))
width, height = "1920x1080x32".split("x")
