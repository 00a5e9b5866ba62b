n = 1234567
for spec in ["d", "10d", "<10d", "^10d", ">10d", "010d", "+d", " d", ",d", "_d", "x", "X", "#x", "o", "#o", "b", "#b", "08b", "=+12,d", "c", "n", "e", ".2e", "f", "%"]:
    v = 65 if spec == "c" else n
    print(f"{spec!r:10} -> [{format(v, spec)}]")
print(format(-255, "#x"), format(-255, "08x"), format(0, "#b"), format(2 ** 70, ","))
