"""gc.collect() counts cycles that run through sets and dict keys."""
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.peers = set()

    def __del__(self):
        print("freeing", self.name)


gc.collect()
a, b = Node("a"), Node("b")
a.peers.add(b)
b.peers.add(a)
del a, b
print("collected", gc.collect())


class Key:
    def __init__(self, owner):
        self.owner = owner

    def __del__(self):
        print("freeing key")


class Holder:
    def __init__(self):
        self.table = {(Key(self), 1): "x"}

    def __del__(self):
        print("freeing holder")


h = Holder()
del h
print("collected", gc.collect())
