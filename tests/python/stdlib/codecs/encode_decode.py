# codecs.encode/decode and the per-codec functions on text and bytes.
import codecs

text = "h\u00e9llo \u20ac \U0001f600"
for name in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig",
             "unicode_escape", "raw_unicode_escape"]:
    data = codecs.encode(text, name)
    print(name, data, codecs.decode(data, name) == text)
for name in ["latin-1", "cp1252", "iso8859_15"]:
    data = codecs.encode("caf\u00e9", name)
    print(name, data, codecs.decode(data, name))
print(codecs.encode("abc"), codecs.decode(b"abc"))
print(codecs.utf_8_encode("\u00e9"), codecs.utf_8_decode(b"\xc3\xa9"), codecs.utf_8_decode(b"a\xc3", "strict", False))
print(codecs.latin_1_encode("abc"), codecs.ascii_decode(b"abc"), codecs.utf_16_le_encode("a"))
print(codecs.utf_16_decode(b"\xff\xfea\x00"), codecs.utf_16_ex_decode(b"\xfe\xff\x00a"), codecs.utf_32_decode(b"a\x00\x00\x00"))
print(codecs.getencoder("utf-8")("x"), codecs.getdecoder("latin-1")(b"\xff"))
print(codecs.decode(b"\xef\xbb\xbfhi", "utf-8-sig"), codecs.decode(b"hi", "utf-8-sig"))
print(codecs.escape_encode(b"a\n\x00'\\"), codecs.escape_decode(b"a\\n\\x41\\101\\q"))
print(codecs.unicode_escape_decode(b"\\u20ac\\N{BULLET}\\t\xe9"), codecs.raw_unicode_escape_decode(b"\\u20ac\\n"))
for bad in [lambda: codecs.encode(b"x", "utf-8"), lambda: codecs.decode("x", "utf-8"), lambda: codecs.encode("x", "nope")]:
    try:
        bad()
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
