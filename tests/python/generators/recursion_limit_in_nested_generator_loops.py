# A generator that loops over a fresh copy of itself recurses until RecursionError; the error comes
# out with its own message, and each abandoned inner generator is closed without a report.
import sys


def nested():
    for item in nested():
        yield item


def nested_with_cleanup(level, log):
    try:
        for item in nested_with_cleanup(level + 1, log):
            yield item
    finally:
        if level < 3:
            log.append(level)


def delegating():
    yield from delegating()


for make in (nested, delegating):
    try:
        next(make())
    except RecursionError as e:
        print(make.__name__, type(e).__name__, e)

log = []
try:
    next(nested_with_cleanup(0, log))
except RecursionError as e:
    print("cleanup", e, sorted(log))

g = nested()
try:
    next(g)
except RecursionError:
    pass
print("after the error:", next(g, "exhausted"))

sys.setrecursionlimit(200)
try:
    list(nested())
except RecursionError as e:
    print("lower limit", e)
