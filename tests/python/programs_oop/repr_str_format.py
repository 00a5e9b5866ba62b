class Money:
    def __init__(self, amount, cur="USD"):
        self.amount, self.cur = amount, cur
    def __repr__(self):
        return f"Money({self.amount!r}, {self.cur!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.cur}"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec.endswith("c"):
            return f"{self.cur} {format(self.amount, spec[:-1] or ',.2f')}"
        return format(self.amount, spec)

m = Money(1234.5)
print(m, repr(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m!s}", f"{m:,.1f}", f"{m:c}", f"{m:>12,.3fc}|", f"{m:>10}|")
print("{0} {0!r} {0:.0f}".format(m), "%s|%r" % (m, m), format(m, "e"))
print(str([m, m]), repr("x" + str(m)))

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
o = OnlyRepr()
print(o, str(o), f"{o}", format(o, ""), "%s" % o)
try:
    format(o, ">10")
except TypeError as e:
    print(type(e).__name__, e)

class OnlyStr:
    def __str__(self):
        return "only-str"
s = OnlyStr()
print(s, repr(s).startswith("<__main__.OnlyStr object at"), [s][0])

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)

class Recursive:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return f"R({self.items})"
l = [1]
l.append(l)
d = {"a": 1}
d["self"] = d
print(l, d)
class StrSub(str):
    def __repr__(self):
        return "StrSub(" + super().__repr__() + ")"
ss = StrSub("hi")
print(ss, repr(ss), [ss], f"{ss}", f"{ss!r}", ss.upper(), type(ss.upper()).__name__)
class IntSub(int):
    def __str__(self):
        return "int-sub"
i = IntSub(7)
print(i, repr(i), f"{i}", f"{i:03}", "%d" % i, str(i), [i])
class FloatSub(float):
    def __repr__(self):
        return "F!"
print(FloatSub(1.5), f"{FloatSub(2.5)}", [FloatSub(0.5)], "%s %r" % (FloatSub(1), FloatSub(1)))
print(ascii(Money("é")), repr(Money(1, "€")))
print(object.__repr__(m)[:22], object.__str__(m) == object.__repr__(m))
print(type(m).__repr__(m), Money.__str__(m))
