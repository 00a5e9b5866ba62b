for n in [0, 1, 5, 255, 256, -1, -256, 2 ** 64]:
    print(n, n.bit_length(), n.bit_count(), n.conjugate(), n.as_integer_ratio(), n.real, n.imag, n.numerator, n.denominator)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), (2 ** 100).to_bytes(13, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print((10).__index__(), int.__name__, (7).is_integer() if hasattr(int, "is_integer") else True)
