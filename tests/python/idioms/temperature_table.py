def c_to_f(c):
    return c * 9 / 5 + 32
def f_to_c(f):
    return (f - 32) * 5 / 9
print(f"{'C':>6} {'F':>7}")
for c in range(-20, 41, 10):
    print(f"{c:>6} {c_to_f(c):>7.1f}")
print()
for f in (32, 98.6, 212, -40):
    print(f"{f}F = {f_to_c(f):.2f}C")
readings = [22.5, 19.0, 24.75, 21.25]
avg = sum(readings) / len(readings)
print(f"avg {avg:.3f}, above avg: {[r for r in readings if r > avg]}")
print(round(c_to_f(37), 1), c_to_f(-40) == -40)
