print(abs(-7), abs(-7.5), round(-2.5), round(2.5), round(-3.5), divmod(-9, 4), pow(-2, 3), pow(2, -2))
print(max(-1, -2, key=abs), min([3, -4, 2], key=abs), sum([0.1, 0.2, 0.3]), sum([1, 2], start=10))
print(int(3.999), int(-3.999), float(7), complex(1, -1), bool(0.0), hex(-1), oct(-8), bin(-3))
print(isinstance(2 ** 100, int), type(2 ** 100).__name__, (2 ** 100).bit_length(), abs(-(2 ** 100)) == 2 ** 100)
