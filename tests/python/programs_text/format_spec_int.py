# format() on int with every part of the mini-language
nums = [0, 7, -7, 255, -255, 1234567, -1234567890, 2**64, True]
specs = ["", "d", "5d", "<5d", "^7d", ">7d", "=+8d", "08d", "+d", " d", "-d", ",", "_", ",d", "_d", "_b", "_x", "_o",
         "b", "#b", "o", "#o", "x", "#x", "X", "#X", "#010x", "c", "n", "e", ".2e", "f", ".3f", "g", "%", ".1%", "E", "G",
         "*^12,", "0=10", "#_X", "+#012_b", "010,", "x<10", "\u00b7>9"]
for spec in specs:
    row = []
    for n in nums:
        if spec == "c" and not (0 <= n < 0x110000):
            continue
        try:
            row.append(format(n, spec))
        except (ValueError, OverflowError) as e:
            row.append(f"<{type(e).__name__}: {e}>")
    print(repr(spec).ljust(12), row)
for bad in ["s", ".2d", ",b", "_,", ",_", "=s", "#c", "+c", "z", "xx", "10.2.3", "<<5", ",c"]:
    try:
        print(bad, format(42, bad))
    except ValueError as e:
        print(bad, type(e).__name__, e)
print(format(97, "c"), format(0x1F600, "c"), repr(format(10, "c")))
try:
    format(-1, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    format(0x110000, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
print(f"{12345678:_}", f"{0xDEADBEEF:_x}", f"{-42:=10}", f"{42:=^10}", f"{-0:+}")
print(format(10**30, ","), format(-10**20, "_"), format(10**25, "e"), format(3, ".0%"))
