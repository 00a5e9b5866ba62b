# quote, quote_plus, quote_from_bytes, unquote, unquote_plus, unquote_to_bytes.
from urllib.parse import quote, quote_from_bytes, quote_plus, unquote, unquote_plus, unquote_to_bytes

for s in ["abc", "a b&c=d/e?f", "caf\u00e9", "\u20ac100", "~_.-", "", "100%", "/path/with spaces/", "\U0001f600"]:
    print(repr(s), quote(s), quote(s, safe=""), quote(s, safe="/ "), quote_plus(s), quote_plus(s, safe="/"))
print(quote("caf\u00e9", encoding="latin-1"), quote("\u20ac", encoding="ascii", errors="replace"))
print(quote(b"a b\xff"), quote_plus(b"a b"), quote_from_bytes(b"/x y"), quote_from_bytes(bytearray(b"z z"), safe=""))
for s in ["a%20b", "caf%C3%A9", "%E2%82%AC", "bad%zz%", "%", "%4", "a+b", "%ff", "\u00e9%20", "no escapes"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote("caf%E9", encoding="latin-1"), unquote("%ff", errors="strict") if False else unquote("%ff", errors="ignore"))
print(unquote(b"a%20b"), unquote_to_bytes(b"%41%42"), unquote_to_bytes(""))
for bad in [lambda: quote(b"x", encoding="utf-8"), lambda: quote(b"x", errors="strict"), lambda: quote_from_bytes("s"),
            lambda: quote(5), lambda: unquote("%ff", errors="strict")]:
    try:
        print(bad())
    except (TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
