for x in [0.5, 2.0, -1.25, 3.1, 1e300, 0.0]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex(), x.conjugate(), x.real, x.imag)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x1.999999999999ap-4"))
print((1.5).__trunc__() if hasattr(1.5, "__trunc__") else 1, int(1.9999), int(-1.9999))
print(float("inf").is_integer(), (0.1).hex())
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(e)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(e)
