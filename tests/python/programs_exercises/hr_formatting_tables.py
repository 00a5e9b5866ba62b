# HackerRank "String Formatting" and friends
def print_formatted(number):
    width = len(bin(number)) - 2
    for i in range(1, number + 1):
        print(f"{i:{width}d} {i:{width}o} {i:{width}X} {i:{width}b}")


print_formatted(17)


def designer_door_mat(n, m):
    for i in range(1, n, 2):
        print((".|." * i).center(m, "-"))
    print("WELCOME".center(m, "-"))
    for i in range(n - 2, -1, -2):
        print((".|." * i).center(m, "-"))


designer_door_mat(7, 21)


def alphabet_rangoli(size):
    import string
    alpha = string.ascii_lowercase
    lines = []
    for i in range(size):
        s = "-".join(alpha[i:size])
        lines.append((s[::-1] + s[1:]).center(4 * size - 3, "-"))
    print("\n".join(lines[:0:-1] + lines))


alphabet_rangoli(4)

thickness = 5
c = "H"
for i in range(thickness):
    print((c * i).rjust(thickness - 1) + c + (c * i).ljust(thickness - 1))
for i in range(thickness + 1):
    print((c * thickness).center(thickness * 2) + (c * thickness).center(thickness * 6))

for v in [0.5, 1.5, 2.5, -0.5, 2.675, 1.005, 0.125, 0.375]:
    print(f"{v!r:>7} round0={round(v)!r:>4} round2={round(v, 2)!r:>6} f2={v:.2f} %.1f={'%.1f' % v} e={v:.3e} g={v:g}")
for v in [1e16, 1.5e-7, 123456789.0, 0.1 + 0.2, 1 / 3, 2 ** 0.5, 100.0, 1e22, 12345.678]:
    print(repr(v), str(v), f"{v:g}", f"{v:.10g}", f"{v:,.2f}", f"{v:10.4}", "%s|%r|%g" % (v, v, v))
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{'fill':*^11}|{42:+d}|{-42: d}|{42: d}")
print(f"{3.14159:08.3f}|{-3.14159:+09.2f}|{1234567:,d}|{0.25:%}|{0.25:.0%}|{1e-5:f}")
print("%5s|%-5s|%05d|%+.3f|%x|%X|%o|%e|%c|%%|%r" % ("ab", "cd", 42, 2.5, 255, 255, 8, 12345.6789, 65, "q"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7}, "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))
print(format(1234.5, ",.1f"), format(-0.0, ".1f"), format(5, "b"), format("x", "^5"), format(3, "03"))
print(round(2.5), round(3.5), round(-2.5), round(1234.5678, -2), round(1250, -2), round(1350, -2), round(7, 1))
