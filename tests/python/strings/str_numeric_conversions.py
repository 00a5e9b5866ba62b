print(int("42"), int("-0"), float("3.5e2"), int("١٢٣"), float("  -1.25  "), int("0x1A", 16), int("1A", 16))
print(str(42).zfill(5), str(3.0), str(-0.0), str(10 ** 21), str(1.5e-10))
print(int("  12\n"), float("1_0.5"), int("+0"))
