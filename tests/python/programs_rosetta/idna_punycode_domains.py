# Punycode and IDNA: internationalised domain names to their ASCII form and back.
import codecs

domains = ["bücher.de", "München.example", "例え.テスト", "ÉCOLE.fr", "straße.de", "python.org",
           "Python.ORG", "пример.испытание", "ñandú.com.", "a\u00adb.de", "ｅｘａｍｐｌｅ。com"]
for d in domains:
    a = d.encode("idna")
    print(f"{d!r:26} -> {a!r:40} -> {a.decode('idna')!r}")
for word in ("bücher", "münchen", "ü", "abc", "例え", "MajiでKoiする5秒前", "-> $1.00 <-"):
    p = word.encode("punycode")
    print(f"{word!r:22} {p!r:32} {p.decode('punycode') == word}")
print(codecs.decode(b"xn--mnchen-3ya.de", "idna"), codecs.encode("faß.de", "idna"), codecs.lookup("IDNA").name)
print(b"xn--bcher-kva".decode("idna"), b"XN--BCHER-KVA.de".decode("idna"), "".encode("idna"), b"".decode("idna"))
for bad in ("a..b", "x" * 64 + ".com", "xn--\u00fc.de", "bad\u200e.de", "\u05d0a.com"):
    try:
        print(bad.encode("idna"))
    except UnicodeError as e:
        print(type(e).__name__, e)
try:
    "ü.de".encode("idna", "replace")
except UnicodeError as e:
    print(type(e).__name__, e)
