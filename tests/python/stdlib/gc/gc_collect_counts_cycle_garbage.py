# gc.collect() returns how many unreachable objects it found: the members of dead reference
# cycles (instances, their lists, dicts that hold containers), not what reference counting freed.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)

    def __del__(self):
        print("freeing", self.name)


print("nothing yet:", gc.collect())
root = Node("root")
root.add(Node("kid1"))
root.add(Node("kid2"))
del root  # parent and child links make a cycle: nothing is freed here
print("after del")
print("unreachable:", gc.collect())  # three nodes and their three lists
print("again:", gc.collect())


class Pair:
    def __init__(self):
        self.other = None
        self.meta = {"tags": [1, 2]}  # a dict holding a list is tracked, and so is the list
        self.label = (1, "a")  # a tuple of atoms is not

    def __del__(self):
        print("pair gone")


p, q = Pair(), Pair()
p.other, q.other = q, p
del p, q
print("pairs:", gc.collect())

solo = Node("solo")
del solo  # no cycle: freed at once, so the collector finds nothing
print("solo:", gc.collect())
