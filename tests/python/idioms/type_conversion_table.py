values = [0, 1, -1, 2.5, "", "0", "abc", [], [0], (), {}, None, True]
for v in values:
    print(f"{v!r:>6} bool={bool(v)!s:<5} str={str(v)!r}")
print(list("abc"), tuple([1, 2]), set((1, 1, 2)), dict([(1, 2)]))
print(str(12.0), int(12.9), float(7), int("0x1f", 16), round(7.5))
print(list({"a": 1, "b": 2}), list({"a": 1}.items()))
print(repr(str(b"bytes")), bytes("hé", "utf-8"), "hé".encode(), b"abc".decode())
print(list(range(3)), tuple(range(2)), str(range(3)))
print(int(float("1e3")), float(int("12")), complex("1+2j").real)
