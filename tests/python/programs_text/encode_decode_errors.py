# str.encode / bytes.decode with error handlers
s = "naïve café – 日本 😀"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "ascii", "cp1252", "utf-8-sig", "cp437", "iso-8859-15", "mac_roman"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
        try:
            b = s.encode(enc, errors)
            print(enc, errors, len(b), b[:40])
        except UnicodeEncodeError as e:
            print(enc, errors, type(e).__name__, e)
            print("   ", e.encoding, e.start, e.end, repr(e.object[e.start:e.end]), e.reason)
        except LookupError as e:
            print(enc, type(e).__name__, e)
raw = b"ok \xff\xfe bad \xc3\xa9 \xe2\x82 end \xf0\x9f\x98\x80"
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        d = raw.decode("utf-8", errors)
        print(errors, ascii(d))
        if errors == "surrogateescape":
            print("  roundtrip:", d.encode("utf-8", "surrogateescape") == raw)
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e)
        print("   ", e.encoding, e.start, e.end, e.object[e.start:e.end], e.reason)
print(raw.decode("latin-1"), raw.decode("ascii", "replace"), ascii(raw.decode("cp1252", "replace")))
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "x".encode("utf-8", "bogus-handler")
except (LookupError, UnicodeError) as e:
    print(type(e).__name__, e)
print("\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("abc".encode(), "é".encode("UTF8"), "é".encode(encoding="Latin_1"), bytes("ß", "utf-8"), str(b"\xc3\x9f", "utf-8"), str(b"abc"))
print(b"caf\xc3\xa9".decode(), bytearray("é", "utf-16-le"), memoryview(b"hi").tobytes().decode())
import codecs
print(codecs.encode("hello", "rot13"), codecs.decode(b"68656c6c6f", "hex"), codecs.encode(b"hi", "base64"), codecs.lookup("UTF8").name, codecs.lookup("latin1").name)
def handler(err):
    return ("<%s>" % err.object[err.start:err.end].hex() if isinstance(err, UnicodeDecodeError) else "?", err.end)
codecs.register_error("weft.custom", handler)
print(b"a\xffb\xfe".decode("ascii", "weft.custom"), "a\u20acb".encode("ascii", "weft.custom"))
print("Привет".encode("koi8-r"), "Привет".encode("cp1251").decode("cp1251"), "ĉu".encode("iso-8859-3"))
print(len("😀".encode("utf-16")), "😀".encode("utf-16-be"), "😀".encode("utf-32-le"))
b"\xff".decode("utf-8")
