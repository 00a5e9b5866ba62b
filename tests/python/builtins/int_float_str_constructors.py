print(int(), int(3.9), int(-3.9), int("12"), int(" -5 "), int(True), int("0b11", 0), int("1_000"), int(2 ** 70 + 0.0) == 2 ** 70)
print(float(), float(3), float("3.5"), float(" 1e3 "), float("-0"), float(True), float("  inf"))
print(str(), str(1), str(1.5), str([1, "a"]), str(None), str(b"x"), str(b"x", "ascii"))
print(complex(), complex(1), complex(1, 2), complex("1j"), complex("-1.5+2j"))
