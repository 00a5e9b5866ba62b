# An exception caught in a caller, from frames it ended, while objects with __del__ exist: the
# ended frames' locals are freed when the except block ends (as CPython frees the traceback).
class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def fail(name):
    held = Resource(name)
    raise ValueError("failed with " + held.name)


def middle(name):
    return fail(name)


for name in ("a", "b"):
    try:
        middle(name)
    except ValueError as e:
        print("caught:", e)
    print("after the handler", name)
