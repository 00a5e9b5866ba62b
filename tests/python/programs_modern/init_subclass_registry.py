from typing import ClassVar, Any

class Serializer:
    formats: ClassVar[dict[str, type["Serializer"]]] = {}
    extension: ClassVar[str]

    def __init_subclass__(cls, *, fmt: str, ext: str = "", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if fmt in Serializer.formats:
            raise ValueError(f"duplicate format {fmt!r}")
        cls.extension = ext or fmt
        Serializer.formats[fmt] = cls

    def dumps(self, data) -> str:
        raise NotImplementedError(type(self).__name__ + ".dumps")

    @classmethod
    def for_format(cls, fmt: str) -> "Serializer":
        try:
            return cls.formats[fmt]()
        except KeyError:
            raise LookupError(f"no serializer for {fmt!r}; known: {', '.join(sorted(cls.formats))}") from None

class CsvSerializer(Serializer, fmt="csv"):
    def dumps(self, data):
        return "\n".join(",".join(map(str, row)) for row in data)

class TsvSerializer(CsvSerializer, fmt="tsv", ext="tab"):
    def dumps(self, data):
        return super().dumps(data).replace(",", "\t")

class Broken(Serializer, fmt="broken"):
    pass

rows = [(1, "a"), (2, "b")]
for fmt in ["csv", "tsv", "broken", "xml"]:
    try:
        s = Serializer.for_format(fmt)
        print(fmt, type(s).__name__, s.extension, repr(s.dumps(rows)))
    except (NotImplementedError, LookupError) as e:
        print(fmt, type(e).__name__, e)
try:
    class Again(Serializer, fmt="csv"):
        pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    class NoFmt(Serializer):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Validated:
    required: ClassVar[tuple[str, ...]] = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [n for n in cls.required if not callable(getattr(cls, n, None))]
        if missing:
            raise TypeError(f"{cls.__name__} must define {', '.join(missing)}")

class Handler(Validated):
    required = ("handle", "close")
    def handle(self): ...
    def close(self): ...
try:
    class Half(Validated):
        required = ("run", "stop")
        def run(self): ...
except TypeError as e:
    print(type(e).__name__, e)

class Counted:
    count = 0
    def __init_subclass__(cls):
        cls.count = 0
        orig = cls.__init__
        def __init__(self, *a, **k):
            type(self).count += 1
            orig(self, *a, **k)
        cls.__init__ = __init__
class A(Counted):
    def __init__(self, x): self.x = x
class B(Counted):
    pass
A(1); A(2); B(); B(); B()
print(A.count, B.count, Counted.count)
print(object.__init_subclass__.__name__)
class Base:
    def __init_subclass__(cls, default_name="x"):
        cls.default_name = default_name
class D(Base, default_name="dd"): pass
class E(D): pass
print(D.default_name, E.default_name)
class F(Base, extra=1): pass
