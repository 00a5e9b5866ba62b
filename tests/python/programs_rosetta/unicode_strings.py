import unicodedata

s = "Ñandú café naïve 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀👍🏽"
print(len(s), len(s.encode("utf-8")), len(s.encode("utf-16-le")) // 2, len(s.encode("utf-32-le")) // 4)
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = unicodedata.normalize(form, s)
    print(form, len(n), ascii(n[:8]))
print(unicodedata.is_normalized("NFC", "é"), unicodedata.is_normalized("NFD", "é"))
for ch in "aÑ€😀\u0301ß٣":
    print(f"U+{ord(ch):04X} {unicodedata.name(ch, '?'):35} {unicodedata.category(ch)} "
          f"{unicodedata.decimal(ch, '-')} {unicodedata.combining(ch)}")
print(unicodedata.lookup("GREEK SMALL LETTER ALPHA"), "\N{BLACK HEART SUIT}")
b = "héllo wörld".encode("utf-8")
print(b, b.decode("latin-1"), b.decode("ascii", errors="replace"))
print("héllo".encode("ascii", "xmlcharrefreplace"), "héllo".encode("ascii", "backslashreplace"))
print("€".encode("cp1252"), b"\x80".decode("cp1252"), "Ω".encode("utf-16"))
try:
    b"\xff\xfe\xfa".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
print(s[::-1][:4], "".join(reversed("abc")))
print(sorted("éeèa"), sorted("éeèa", key=lambda c: unicodedata.normalize("NFD", c)))
print("straße".casefold() == "STRASSE".casefold(), "ǅ".istitle(), "Ⅻ".isnumeric(), "Ⅻ".isdigit())
print([c for c in "a1²③½" if c.isdecimal()], [c for c in "a1²③½" if c.isdigit()], [c for c in "a1²③½" if c.isnumeric()])
