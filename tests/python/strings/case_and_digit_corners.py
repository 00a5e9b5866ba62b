# casefold follows CaseFolding.txt (C and F entries only), not lower(upper(c))
for s in ["\u0131", "\u1e9e", "I\u0130", "\u03c2", "\u00df", "\u13a0", "\ufb03"]:
    print(ascii(s), ascii(s.casefold()), ascii(s.lower()))
# decimal digits outside the BMP
for s in ["\U0001d7d8\U0001d7d9", "\U0001d7ce.\U0001d7cf", "\U000104a0\U000104a1"]:
    try:
        print(ascii(s), int(s) if "." not in s else None, float(s))
    except ValueError as e:
        print(type(e).__name__, e)
class Tag(str):
    def __format__(self, spec):
        return "<" + str(self) + ":" + spec + ">"
print("{}".format(Tag("t")), "{:x}".format(Tag("t")), f"{Tag('t')}", format(Tag("t")))
class Loud(str):
    def __str__(self):
        return self.upper() + "!"
l = Loud("hey")
print(f"{l}", "{}".format(l), format(l), format(l, ""), format(l, "5"), "%s" % l, repr(l))
