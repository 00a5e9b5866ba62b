class Resource:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else "ok")
        return isinstance(exc, KeyError)
with Resource("a") as r, Resource("b"):
    print("using", r.name)
with Resource("c"):
    raise KeyError("suppressed")
try:
    with Resource("d"):
        raise ValueError("not suppressed")
except ValueError as e:
    print("outside:", e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
class Timer:
    def __enter__(self):
        self.entered = True
        return "value from enter"
    def __exit__(self, *a):
        return False
with Timer() as v:
    print(v)
