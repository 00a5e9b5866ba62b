# normalize and is_normalized in the four forms.
import unicodedata

samples = ["caf\u00e9", "cafe\u0301", "\ufb01", "\u2460", "\u1e9b\u0323", "\u212b", "\uac00", "\u1100\u1161",
           "x\u0327\u0301", "\u00bd", "\uff21"]
for s in samples:
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        out = unicodedata.normalize(form, s)
        print(ascii(s), form, ascii(out), unicodedata.is_normalized(form, s), unicodedata.is_normalized(form, out))
for bad in [lambda: unicodedata.normalize("NFX", "a"), lambda: unicodedata.normalize("NFC", b"a"),
            lambda: unicodedata.is_normalized(1, "a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
# Weft reports the Unicode version of the Java it runs on (17: 13.0, 25: 16.0); CPython 3.11 has 14.0.
print(unicodedata.unidata_version in ("13.0.0", "14.0.0", "15.0.0", "15.1.0", "16.0.0"))
