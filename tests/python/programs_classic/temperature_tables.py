def c_to_f(c):
    return c * 9 / 5 + 32


def f_to_c(f):
    return (f - 32) * 5 / 9


print(f"{'Celsius':>8} | {'Fahrenheit':>10} | {'Kelvin':>8}")
print(f"{'-' * 8}-+-{'-' * 10}-+-{'-' * 8}")
for c in range(-40, 101, 20):
    print(f"{c:>8} | {c_to_f(c):>10.1f} | {c + 273.15:>8.2f}")
print()
for f in (-40, 0, 32, 98.6, 212, 451):
    print(f"{f:>6}°F = {f_to_c(f):8.3f}°C  {f_to_c(f):.0f}  {round(f_to_c(f), 1)}")
readings = [22.5, 23.1, 19.8, 25.4, 24.9, 18.2, 21.0]
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
avg = sum(readings) / len(readings)
print(f"average {avg:.2f}, max {max(readings)} on {days[readings.index(max(readings))]}")
for d, r in zip(days, readings):
    bar = "+" * int((r - 15) * 2)
    flag = "above" if r > avg else "below"
    print(f"{d} {r:5.1f} {bar:<22} {flag} ({r - avg:+.2f})")
print(f"{avg:e} {avg:.3E} {avg:g} {avg * 1e6:g} {avg / 1e6:g} {avg:%} {avg:10.4}|{avg:<10.4g}|")
print(f"{1/3:.15f} {2/3:.16g} {0.1:.17g} {1e-10:f} {123456789.123:,.3f} {-1234.5:_.1f}")
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(-1.5), round(2.5), round(1e20), round(1.5e-5, 6))
print(str(1e15), str(1e16), str(1.5e-4), str(0.0001), str(123456789012.0), repr(0.1 + 0.7), 3 * 1.1)
print(float("1e400"), -float("inf"), float("nan") == float("nan"), 0.0 == -0.0, str(-0.0), abs(-0.0))
