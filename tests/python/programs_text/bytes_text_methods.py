data = b"Hello, World! \x00\xff binary"
print(data.upper(), data.lower(), data.swapcase(), data.title(), data.capitalize())
print(data.split(b" "), data.rsplit(maxsplit=1), data.partition(b"!"), data.splitlines())
print(data.find(b"o"), data.rfind(b"o"), data.count(b"o"), data.index(b"W"), data.startswith((b"He", b"x")), data.endswith(b"ry"))
print(data.replace(b"o", b"0", 1), data.strip(b"Hy"), data.lstrip(b"eH"), data.center(40, b"."), data.ljust(36, b"_"), data.rjust(36))
print(data.isalpha(), b"abc".isalpha(), b"ABC1".isalnum(), b"123".isdigit(), b" \t\n".isspace(), b"abc".islower(), b"A B".isupper(), b"Ab Cd".istitle())
print(data.hex(), data.hex(" ", 4), bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"))
print(list(b"abc"), b"abc"[1], b"abc"[1:], b"abc"[::-1], bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(4))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"ab" * 3, b"ab" + bytearray(b"cd"), b"a" in b"abc", 97 in b"abc")
ba = bytearray(b"mutable")
ba[0] = 77
ba[1:3] = b"UT"
ba.extend(b"!!")
ba.append(63)
ba.insert(0, 62)
print(ba, ba.pop(), ba.remove(33), ba, len(ba), ba.decode(), bytes(ba))
del ba[::2]
print(ba, ba.reverse(), ba, ba.copy() == ba, ba.clear(), ba)
print(b"%s=%d (%.1f%%) %x %r" % (b"k", 5, 12.345, 255, b"q"))
print(b"a\tb".expandtabs(4), b"aBc".translate(None, b"B"), b"x".zfill(3), b"TeSt".lower().title())
for bad in [lambda: b"abc" + "d", lambda: b"abc".split("b"), lambda: bytes([256]), lambda: bytes("x"), lambda: b"x".join(["y"]),
            lambda: bytearray(b"x").append(300), lambda: b"abc"[5], lambda: b"a".decode("utf-16"), lambda: bytes.fromhex("zz"), lambda: b"abc".index(b"z")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True))
print(memoryview(b"abcdef")[1:4].tobytes(), memoryview(b"ab").hex(), bytes(memoryview(bytearray(b"xy"))), memoryview(b"abc").tolist())
print(sorted([b"b", b"a", b"ab", b"B"]), b"a" < b"b", b"abc" == bytearray(b"abc"), hash(b"x") == hash(bytes(b"x")))
