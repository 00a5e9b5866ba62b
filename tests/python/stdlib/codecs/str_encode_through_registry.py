import codecs
s = "na\u00efve \u2013 \u65e5\u672c \u2603"
print(s.encode("unicode_escape"), s.encode("raw_unicode_escape"), b"\\u2603 \\t".decode("unicode_escape"))
print(s.encode("utf-8-sig"), "\ufeffx".encode("utf-8").decode("utf-8-sig"))
for enc in ["latin-1", "ascii", "cp1252"]:
    print(enc, s.encode(enc, "namereplace"))
try:
    s.encode("cp1252")
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
try:
    "\u65e5\u672cx".encode("euc_kr", "strict")
    "\u00e9".encode("shift_jis")
except UnicodeEncodeError as e:
    print(e)
for b, enc in [(b"\x81\x8d\x8f", "gbk"), (b"\xff\xfe", "shift_jis"), (b"\x82", "euc_kr")]:
    try:
        b.decode(enc)
    except UnicodeDecodeError as e:
        print(e)
log = []
def handler(err):
    log.append((err.start, err.end))
    return ("<%d>" % (err.end - err.start), err.end)
codecs.register_error("test.len", handler)
print("a\u2013\u2014b\u2603".encode("latin-1", "test.len"), b"a\xff\xfeb".decode("ascii", "test.len"), log)
for call in [lambda: "x".encode("rot13"), lambda: b"x".decode("hex"), lambda: "x".encode("nope"), lambda: "x".encode("utf-8", "nope")]:
    try:
        call()
    except LookupError as e:
        print(type(e).__name__, e)
for data, enc, errs in [(b"\xff", "utf-8", "namereplace"), (b"\xff", "ascii", "xmlcharrefreplace"), (b"\xff\xfe", "utf-16-le", "namereplace")]:
    try:
        data.decode(enc, errs)
    except TypeError as e:
        print(type(e).__name__, e)
