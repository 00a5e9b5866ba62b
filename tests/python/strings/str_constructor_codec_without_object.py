# str() with encoding/errors but no object is the empty string (CPython does not look the codec
# up), though the names must still be strings.
for kw in ({"encoding": "x"}, {"errors": "bogus"}, {"encoding": 1}, {"errors": 2}, {"encoding": "utf-8", "errors": None}):
    try:
        print(kw, repr(str(**kw)))
    except TypeError as e:
        print(kw, "TypeError", e)
print(repr(str(b"caf\xc3\xa9", "utf-8")), repr(str(b"x", errors="strict")), repr(str(object="o")))
try:
    str(b"x", "no-such-codec")
except LookupError as e:
    print("LookupError", e)
