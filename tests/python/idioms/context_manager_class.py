class Tag:
    depth = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  " * Tag.depth + f"<{self.name}>")
        Tag.depth += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        Tag.depth -= 1
        print("  " * Tag.depth + f"</{self.name}>")
        return False

with Tag("html"):
    with Tag("body"):
        with Tag("p") as p:
            print("  " * Tag.depth + "text in " + p.name)

class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return False

with Suppress(KeyError, ZeroDivisionError):
    {}["x"]
with Suppress(ZeroDivisionError):
    1 / 0
print("still running")
