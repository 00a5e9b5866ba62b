# CPython frees an exception when its except block ends, and with its traceback the frames it
# ended: objects with __del__ that only those frames held die there.
import weakref


class Resource:
    def __init__(self, name, fail=False):
        self.name = name
        print("open", name)
        if fail:
            raise ValueError("cannot open " + name)

    def __del__(self):
        print("close", self.name)


try:
    Resource("a", fail=True)
except ValueError as e:
    print("caught:", e)
print("after a")


def work(name):
    r = Resource(name)
    helper = [Resource(name + "-item")]
    raise KeyError(name)


try:
    work("b")
except KeyError as e:
    print("caught key", e)
print("after b")


def nested(name):
    try:
        work(name)
    except KeyError:
        print("inner handler for", name)
    print("inner done")


nested("c")
print("after c")

kept = []
try:
    work("d")
except KeyError as e:
    kept.append(e)
    print("kept the exception")
print("after d (still referenced)")
kept.clear()
print("cleared")


class Node:
    def __init__(self, label):
        self.label = label


def fails():
    n = Node("plain")
    probe = weakref.ref(n)
    holder.append(probe)
    raise RuntimeError("boom")


holder = []
try:
    fails()
except RuntimeError:
    pass
print("weakref dead:", holder[0]() is None)
print("end")
