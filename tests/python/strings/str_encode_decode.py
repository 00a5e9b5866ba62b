s = "Grüße ☃"
for enc in ["utf-8", "utf-16-le", "latin-1"]:
    try:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, "error", e.reason)
print(s.encode("ascii", errors="replace"), s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
print(b"caf\xc3\xa9".decode(), b"\xff\xfeabc".decode("utf-8", "replace"), b"ab\xffcd".decode("utf-8", "ignore"))
print("abc".encode(), "abc".encode("utf-8") == b"abc", str(b"caf\xc3\xa9", "utf-8"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xe9".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
