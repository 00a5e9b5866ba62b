# sys.getrefcount as reference-counting demos use it: names, list and dict items, attributes,
# arguments and locals, bound methods; the count includes the argument itself.
import sys
import gc


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []

    def add(self, child):
        self.children.append(child)
        return child


root = Node("root")
print("root:", sys.getrefcount(root))
child = root.add(Node("child"))
print("child:", sys.getrefcount(child))
other = child
print("child again:", sys.getrefcount(child))
items = [child, child, root]
print(sys.getrefcount(child), sys.getrefcount(root), sys.getrefcount(items))
del items
print(sys.getrefcount(child))
d = {"a": child, "b": [child]}
print(sys.getrefcount(child))
d.clear()
print(sys.getrefcount(child))


def use(n):
    inner = n
    return sys.getrefcount(n)


print("in function:", use(child))
t = (child,)
print(sys.getrefcount(child), sys.getrefcount(t))
m = child.add
print("bound method:", sys.getrefcount(child))
del m, t, other
print(sys.getrefcount(child), sys.getrefcount(Node))
s = "refcount demo string"
print(sys.getrefcount(s))
lst = []
print(sys.getrefcount(lst))
lst2 = [lst] * 4
print(sys.getrefcount(lst))
print(sys.getrefcount([]), sys.getrefcount({}), sys.getrefcount(object()))
print(gc.isenabled(), gc.get_count() is not None)
n = 123456
print("constant:", sys.getrefcount(n))


def k():
    v = 654321
    return sys.getrefcount(v)


print("local constant:", k())
print("shared objects have large counts:", sys.getrefcount(None) > 100, sys.getrefcount(0) > 100)
