# Encoding names for different targets; encode/decode errors with positions and handlers.
names = ["José", "Zoë", "Łukasz", "Ωmega", "日本", "plain", "emoji 😀", "tab\there"]
for enc in ["ascii", "latin-1", "cp1252", "utf-8", "utf-16-le"]:
    print(f"--- {enc}")
    for n in names:
        try:
            b = n.encode(enc)
            print(f"  {n!r:12} {len(b):3} {b[:12]!r}")
        except UnicodeEncodeError as e:
            print(f"  {n!r:12} {e.reason} at {e.start}-{e.end}: {e}")

raw = [b"caf\xc3\xa9", b"caf\xe9", b"\xe6\x97\xa5\xe6\x9c", b"\xff\xfeA\x00", b"ok", b"\xc0\xaf", b"\xf0\x9f\x98"]
for r in raw:
    for enc in ["utf-8", "latin-1", "ascii", "utf-16"]:
        try:
            print(r, enc, repr(r.decode(enc)))
        except UnicodeDecodeError as e:
            print(r, enc, "->", e)
for handler in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "xmlcharrefreplace"]:
    try:
        print(handler, repr(b"a\xffb\xc3".decode("utf-8", handler)))
    except (UnicodeDecodeError, TypeError) as e:
        print(handler, type(e).__name__, e)
for handler in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape"]:
    try:
        print(handler, "Zoë€".encode("ascii", handler))
    except UnicodeEncodeError as e:
        print(handler, type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    b"x".decode("rot13")
except LookupError as e:
    print("LookupError:", e)
try:
    "x".encode("utf-8", errors="bogus")
    print("unused handler is not checked")
    "é".encode("ascii", errors="bogus")
except LookupError as e:
    print("LookupError:", e)
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(e)
print("\ud800".encode("utf-8", "surrogatepass"))
print(bytes("abc", "ascii"), str(b"abc", "ascii"), str(b"abc"))
try:
    bytes("é", "ascii")
except UnicodeEncodeError as e:
    print(e)
print(b"caf\xe9".decode("utf-8"))
