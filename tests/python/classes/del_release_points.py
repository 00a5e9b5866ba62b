# Where CPython's reference counting frees an object with __del__ besides `del name`:
# a dropped statement value, a rebound local, a replaced or deleted list/dict item, a deleted
# attribute, the end of a `with`, and in what order the items of a freed container go.
class R:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


print("expression statement")
R("temp")
print("local rebinding")


def f():
    a = R("fa")
    a = None
    print("  after a = None")
    b = [R("fb1"), R("fb2")]
    b = None
    print("  after b = None")


f()
