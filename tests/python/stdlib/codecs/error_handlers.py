# The built-in error handlers on encode and decode, through codecs and str/bytes.
import codecs

for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
               "surrogateescape", "surrogatepass"]:
    for enc in ["ascii", "latin-1", "utf-8"]:
        for text in ["a\u00e9\u20acb", "x\udc80y", "\ud800"]:
            try:
                print(errors, enc, ascii(text), codecs.encode(text, enc, errors))
            except Exception as e:
                print(errors, enc, ascii(text), type(e).__name__, e)
    for data in [b"a\xffb", b"\xed\xa0\x80", b"\xc3"]:
        try:
            print(errors, ascii(data), ascii(codecs.decode(data, "utf-8", errors)))
        except Exception as e:
            print(errors, ascii(data), type(e).__name__, e)
print(codecs.encode("\u00e9\u2603", "ascii", "namereplace"), codecs.encode("\U000e0001", "ascii", "namereplace"))
print(ascii(b"\xff\xfe".decode("ascii", "surrogateescape")), "\udcff".encode("utf-8", "surrogateescape"))
