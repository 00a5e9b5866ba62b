# recursive_repr guards self-referencing __repr__
import reprlib

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)

a = Node('a')
b = Node('b')
a.children.append(b)
b.children.append(a)
print(repr(a))
print(repr(b))

class Box:
    def __init__(self):
        self.me = self

    @reprlib.recursive_repr('<cycle>')
    def __repr__(self):
        return 'Box(%r)' % (self.me,)

print(repr(Box()))
print(Node.__repr__.__name__, Node.__repr__.__qualname__)
