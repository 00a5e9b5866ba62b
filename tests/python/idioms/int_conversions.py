print(int("42"), int("-17"), int("  8 "), int("0b101", 0), int("ff", 16), int("0o17", 8))
print(int(3.99), int(-3.99), int(True))
print(int("1_000_000"))
print(bin(10), oct(10), hex(10), hex(-255))
for s in ["12", "1.5", "abc", ""]:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
print(float("3.25"), float("-1e3"), float("inf"), float(" 2 "))
print(str(10), repr(10.0), str(-0.0))
print(int("z", 36), int("Z", 36))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(divmod(17, 5), divmod(-17, 5), 17 // -5, -17 % 5)
