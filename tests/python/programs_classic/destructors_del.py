class Resource:
    live = 0

    def __init__(self, name):
        self.name = name
        Resource.live += 1
        print(f"open {self.name} (live={Resource.live})")

    def __del__(self):
        Resource.live -= 1
        print(f"close {self.name} (live={Resource.live})")

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name} with {exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError


def use():
    r = Resource("local")
    print("using", r.name)


print("start")
a = Resource("a")
b = Resource("b")
del a
print("after del a")
with Resource("ctx2"):
    raise KeyError("swallowed")
print("after with, live =", Resource.live)
items = [Resource(f"item{i}") for i in range(3)]
items.pop()
print("popped")
del items
print("end of program, live =", Resource.live)
