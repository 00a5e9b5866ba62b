class Tag(str):
    def __format__(self, spec):
        if spec == "":
            return f"<{str.__str__(self)}>"
        return f"<{format(str(self), spec)}>"
    def __repr__(self):
        return f"Tag({str.__repr__(self)})"
class Loud(str):
    def __str__(self):
        return self.upper() + "!"
t = Tag("b")
print("{}".format(t), "{:>4}".format(t), f"{t}", f"{t:^5}", format(t), "%s" % t, "%r" % t, str(t), repr(t))
print("{0!s}".format(t), "{0!r}".format(t), f"{t!s}", f"{t!r}", [t], (t,), {t: t})
l = Loud("hey")
print(l, str(l), f"{l}", "{}".format(l), "%s" % l, format(l), repr(l), l + "x", l.upper(), len(l))
print(type(t + "x").__name__, type(t.upper()).__name__, type(t[0]).__name__, type(t * 2).__name__, isinstance(t, str), t == "b", t in {"b": 1})
class Money(float):
    def __format__(self, spec):
        if spec.endswith("$"):
            return "$" + format(float(self), spec[:-1] or ",.2f")
        return super().__format__(spec)
m = Money(1234.5)
print(f"{m:$}", f"{m:.1f$}", f"{m:.3f}", "{:$}".format(m), format(m, ""), str(m), repr(m), f"{m!r}", m + 1)
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F", "K") else "C"
        num_spec = spec[:-1] if spec[-1:] in ("C", "F", "K") else spec
        v = {"C": self.c, "F": self.c * 9 / 5 + 32, "K": self.c + 273.15}[unit]
        return format(v, num_spec or ".1f") + "°" + unit
for spec in ["", "C", "F", "K", ".3F", ">10.0K", "+.2C"]:
    print(repr(spec), f"[{Temp(21.5):{spec}}]")
try:
    format(Temp(1), 5)
except TypeError as e:
    print(type(e).__name__, e)
class Bad:
    def __format__(self, spec):
        return 42
try:
    f"{Bad()}"
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print(format(object.__new__(Tag), "") if False else "done")
"{:d}".format(Tag("x"))
