def harmonic(values):
    return len(values) / sum(1 / v for v in values)
print(harmonic([1, 2, 4]))
print(f"{harmonic([40, 60]):.2f}")
try:
    harmonic([])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for expr in ("1 % 0", "1.0 / 0", "divmod(1, 0)", "0 ** -1", "1 // 0.0", "(1+1j) / 0"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(f"{expr:12} -> {e}")
print(harmonic([3, 0, 5]))
