# Calling a class is a level of recursion depth of its own (CPython's _PyObject_MakeTpCall), so a
# recursive __init__ reached from a function runs out in the call, with its message.
class Node:
    def __init__(self, depth=0):
        self.depth = depth
        self.child = Node(depth + 1)


def build():
    return Node()


build()
