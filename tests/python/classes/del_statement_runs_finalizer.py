# __del__ runs when `del` removes the last reference, as CPython's reference counting shows it.
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


r = Resource("first")
del r
print("after del first")

a = Resource("shared")
b = a
del a
print("after del a (b still refers)")
del b
print("after del b")

items = [Resource("in-list")]
del items
print("after del items")


def work():
    local = Resource("local")
    print("in work", local.name)
    del local
    print("work done")


work()

x = Resource("x")
y = Resource("y")
del x, y
print("after del x, y")
