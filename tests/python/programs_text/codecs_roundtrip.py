import codecs
text = "Grüße, 世界! ¿Qué tal? — naïve ☃"
for enc in ["utf-8", "utf-16", "utf-16-be", "utf-32-le", "utf-8-sig", "unicode_escape", "raw_unicode_escape", "latin-1", "cp1252", "ascii"]:
    try:
        b = text.encode(enc)
        back = b.decode(enc)
        print(f"{enc:<18} {len(b):>3} {b[:24]!r:<70} ok={back == text}")
    except UnicodeError as e:
        print(f"{enc:<18} {type(e).__name__}: {e}")
for enc, errs in [("latin-1", "namereplace"), ("ascii", "xmlcharrefreplace"), ("cp1252", "backslashreplace"), ("ascii", "replace"), ("ascii", "ignore")]:
    print(enc, errs, text.encode(enc, errs))
print(b"\\u00e9\\n\\x41\\N{BULLET}".decode("unicode_escape"), "é\n\u2022".encode("unicode_escape"), "é\u2022".encode("raw_unicode_escape"))
print(codecs.encode("abc", "rot13"), codecs.decode("nop", "rot_13"), codecs.encode(b"abc", "hex"), codecs.decode(b"616263", "hex_codec"))
print(codecs.encode(b"hello", "base64"), codecs.decode(b"aGVsbG8=\n", "base64"), codecs.encode(b"aaaa", "zlib")[:2])
for bad in [("x", "rot13"), (b"x", "hex")]:
    try:
        if isinstance(bad[0], str):
            bad[0].encode(bad[1])
        else:
            bad[0].decode(bad[1])
    except LookupError as e:
        print(type(e).__name__, e)
seen = []
def collect(err):
    seen.append((type(err).__name__, err.start, err.end, err.object[err.start:err.end]))
    return ("[?]", err.end)
codecs.register_error("test.collect", collect)
print("a–b—c".encode("latin-1", "test.collect"), b"x\xffy\xfe\xfdz".decode("utf-8", "test.collect"))
print(seen)
print(codecs.lookup_error("strict").__name__, codecs.lookup("U8").name, codecs.lookup("utf_16_le").name, codecs.lookup("cp1252").name)
dec = codecs.getincrementaldecoder("utf-8")()
chunks = [b"Gr\xc3", b"\xbc\xc3", b"\x9fe"]
print([dec.decode(c) for c in chunks], repr(dec.decode(b"", final=True)))
print("€".encode("cp1252"), "€".encode("iso-8859-15"), "€".encode("mac_roman"), b"\x80".decode("cp1252"), b"\xa4".decode("iso-8859-15"))
print(bytes("日本", "euc_jp"), bytes("日本", "shift_jis"), "日本".encode("gbk"), "日本".encode("big5"), b"\x93\xfa".decode("shift_jis"))
"☃".encode("cp1252")
