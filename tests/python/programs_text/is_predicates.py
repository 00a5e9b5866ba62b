# isidentifier/isdecimal/isdigit/isnumeric/isprintable/isalpha/isalnum/isspace/isascii
samples = ["abc", "ABC123", "123", "١٢٣", "²", "½", "Ⅻ", "3.14", "-1", "", " ", "\t\n", "\x00", "héllo",
           "_x", "1x", "x-y", "class", "变量", "a b", "\u00a0", "\u200b", "℃", "ǅ", "𝟘𝟙", "\x7f", "é", "\u0301",
           "⑦", "〇", "x²", "ab\n"]
names = ["alpha", "alnum", "decimal", "digit", "numeric", "identifier", "printable", "space", "ascii", "upper", "lower", "title"]
print("sample".ljust(10), " ".join(n[:5].ljust(5) for n in names))
for s in samples:
    flags = [getattr(s, "is" + n)() for n in names]
    print(ascii(s).ljust(10), " ".join(("T" if f else ".").ljust(5) for f in flags))
import keyword
for w in ["class", "match", "_", "soft", "True", "print"]:
    print(w, w.isidentifier(), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace(), b"Ab".istitle(), b"\xe9".isalpha(), b"".isascii(), b"\x80".isascii())
print(int("١٢٣"), int("𝟘𝟙"), float("٣.٥"), int(" 42 "), int("1_000"))
for bad in ["²", "½", "1__0", "", "0x10"]:
    try:
        print(int(bad))
    except ValueError as e:
        print(type(e).__name__, e)
