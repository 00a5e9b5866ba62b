import unicodedata as ud
chars = ["A", "a", "1", "½", "é", "\u0301", "日", "€", " ", "\u00a0", "\n", "😀", "ß", "Ω", "Ⅸ", "٣", "_", "\u200d", "ǅ", "ﬁ"]
for c in chars:
    print(ascii(c), ud.name(c, "<no name>"), ud.category(c), ud.bidirectional(c), ud.combining(c), ud.east_asian_width(c),
          ud.mirrored(c), ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None), repr(ud.decomposition(c)))
print(ud.lookup("LATIN SMALL LETTER E WITH ACUTE"), ud.lookup("snowman"), ascii(ud.lookup("GREEK CAPITAL LETTER OMEGA")))
try:
    ud.lookup("NO SUCH THING")
except KeyError as e:
    print(type(e).__name__, e)
try:
    ud.name("\x00")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ud.numeric("a")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ud.category("ab")
except TypeError as e:
    print(type(e).__name__, e)
s = "Crème brûlée à la ﬁn — Ångström"
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    n = ud.normalize(form, s)
    print(form, len(n), ascii(n), ud.is_normalized(form, s))
def strip_accents(t):
    return "".join(c for c in ud.normalize("NFD", t) if ud.category(c) != "Mn")
print(strip_accents(s), strip_accents("Ελληνικά"))
print(ud.normalize("NFC", "e\u0301") == "é", "e\u0301" == "é", len("e\u0301"))
try:
    ud.normalize("NFX", "a")
except ValueError as e:
    print(type(e).__name__, e)
print("\N{BLACK HEART SUIT}", "\N{LATIN CAPITAL LETTER A WITH RING ABOVE}" == "\u00c5", ud.name("\uac00"), ud.lookup("HANGUL SYLLABLE GAG"))
print(ud.name("\u4e00"), ud.name(chr(0x20000)), ud.category(chr(0x10ffff)), ud.category("\ud800"))
