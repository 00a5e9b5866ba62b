class AbstractMeta(type):
    def __call__(cls, *args, **kwargs):
        missing = sorted(name for name in dir(cls) if getattr(getattr(cls, name), "__isabstract__", False))
        if missing:
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {', '.join(missing)}")
        return super().__call__(*args, **kwargs)
def abstract(fn):
    fn.__isabstract__ = True
    return fn
class Storage(metaclass=AbstractMeta):
    @abstract
    def read(self, key): ...
    @abstract
    def write(self, key, value): ...
    def copy(self, src, dst):
        self.write(dst, self.read(src))
class MemoryStorage(Storage):
    def __init__(self): self.data = {}
    def read(self, key): return self.data[key]
    def write(self, key, value): self.data[key] = value
class Half(Storage):
    def read(self, key): return None
for cls in (Storage, Half, MemoryStorage):
    try:
        s = cls()
        s.write("a", 1)
        s.copy("a", "b")
        print(cls.__name__, "ok", s.data)
    except TypeError as e:
        print(e)
