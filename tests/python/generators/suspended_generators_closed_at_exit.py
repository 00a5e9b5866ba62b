# When the program ends, generators that the main module's globals still name
# are finalized: their finally blocks and with-exits run after the last line
# and after atexit callbacks.
import atexit


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False


def numbers(label):
    try:
        for i in range(10):
            yield i
    finally:
        print("finally of", label)


def reader(name):
    with Resource(name):
        yield "line 1"
        yield "line 2"


first = numbers("first")
print(next(first), next(first))
file_lines = reader("data.txt")
print(next(file_lines))
untouched = numbers("never started")
finished = numbers("finished")
print(sum(finished))
atexit.register(print, "atexit callback")
print("last line of the program")
