for n in [0, 1, -1, 255, -255, 2 ** 70, 10]:
    print(bin(n), hex(n), oct(n))
print(int(bin(37), 2), int(hex(37), 16), int(oct(37), 8))
print(format(255, "b"), format(255, "#x"), f"{255:o}")
