b = b"  Hello World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.split(), b.rsplit(b"o", 1), b.count(b"o"), b.rindex(b"o"))
print(b"abc".isupper(), b"ABC".isupper(), b"abc".islower(), b"hello world".title(), b"a1".isdigit())
print(b"%b and %s" % (b"bytes", b"more"), b"x".center(5), b"12".zfill(5), b"ab".rjust(4, b"-"))
print(b"a,b,,c".split(b","), b"key=val".partition(b"="), b"a.b.c".rpartition(b"."), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
print(b"Hello".replace(b"l", b"L", 1), b"hello".startswith((b"x", b"he")), b"\x00\x01".hex(), bytes.fromhex("ff 00"))
print(list(b"AZ"), b"AZ".decode("ascii"), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"))
print(bytearray(b"abc").find(b"c"), bytearray(b"Hello").lower(), bytearray(b"x").isalpha())
