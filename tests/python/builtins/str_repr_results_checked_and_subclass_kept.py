# str(), repr(), ascii(), format() and f-strings check what __str__/__repr__ return, and keep a
# str subclass that they return where CPython does.
class Tag(str):
    pass


class ReprOnly:
    def __repr__(self):
        return 42


class StrBool:
    def __str__(self):
        return False


class Tagged:
    def __str__(self):
        return Tag("as-str")

    def __repr__(self):
        return Tag("as-repr")


class TaggedWide:
    def __repr__(self):
        return Tag("caf\u00e9")


attempts = [
    ("str(StrBool())", lambda: str(StrBool())),
    ("repr(ReprOnly())", lambda: repr(ReprOnly())),
    ("str(ReprOnly())", lambda: str(ReprOnly())),
    ("f'{ReprOnly()}'", lambda: f"{ReprOnly()}"),
    ("'%s' % ReprOnly()", lambda: "%s" % ReprOnly()),
    ("ascii(ReprOnly())", lambda: ascii(ReprOnly())),
    ("format(StrBool())", lambda: format(StrBool())),
    ("ReprOnly().__str__()", lambda: ReprOnly().__str__()),
]
for label, attempt in attempts:
    try:
        print(label, "->", attempt())
    except TypeError as e:
        print(label, "-> TypeError:", e)

t = Tagged()
for label, value in [
    ("str", str(t)),
    ("repr", repr(t)),
    ("ascii", ascii(t)),
    ("ascii wide", ascii(TaggedWide())),
    ("format", format(t)),
    ("f-string alone", f"{t}"),
    ("f-string !s", f"{t!s}"),
    ("f-string !r", f"{t!r}"),
    ("f-string with text", f"<{t}>"),
    ("object.__str__", object.__str__(t)),
]:
    print(f"{label:20} {type(value).__name__:5} {value}")

try:
    zip([], strict=True, extra=1)
except TypeError as e:
    print("zip:", e)
try:
    zip([], extra=1)
except TypeError as e:
    print("zip:", e)
