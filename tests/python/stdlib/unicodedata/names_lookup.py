# name() and lookup(): UnicodeData names, Hangul and CJK names made from the code point, errors.
import unicodedata

for ch in "aZ\u00e9\u20ac\u2603\u00a0\u0301\uac00\uac01\ud7a3\u4e00\u9fa5\u3400\uf900\U00020000\U0001f600":
    n = unicodedata.name(ch)
    print(ascii(ch), n, unicodedata.lookup(n) == ch)
for name in ["latin small letter a", "SNOWMAN", "HANGUL SYLLABLE GAG", "CJK UNIFIED IDEOGRAPH-4E01",
             "EURO SIGN"]:
    print(name, ascii(unicodedata.lookup(name)))
print(unicodedata.name("\x00", "none"), unicodedata.name("\ue000", None), unicodedata.name("\U0010fffd", 0))
for bad in [lambda: unicodedata.name("\x00"), lambda: unicodedata.name("ab"), lambda: unicodedata.name(5),
            lambda: unicodedata.lookup("NO SUCH THING"), lambda: unicodedata.lookup("CJK UNIFIED IDEOGRAPH-0041"),
            lambda: unicodedata.lookup("HANGUL SYLLABLE XX")]:
    try:
        print(bad())
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
