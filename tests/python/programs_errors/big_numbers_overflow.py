# Large integers are exact, but converting them to float or using them as sizes overflows.
import sys

n = 3 ** 1000
print(len(str(n)), n % 1000, n.bit_length())
for expr in ["float(n)", "n / 3", "n / n", "n // 7 / 1", "n * 0.5", "n + 0.1", "1 / n", "n ** 0.5",
             "float(10 ** 308)", "float(10 ** 309)", "int(1e308) == 10 ** 308", "(2 ** 1023) * 2.0",
             "round(n, -400)", "round(1e300, -301)", "[0] * n", "'ab' * (2 ** 62)", "range(n)[n - 1]",
             "len(range(n))", "list(range(10))[n]", "'abc'[n]", "chr(n)", "n.to_bytes(4, 'big')",
             "(-1).to_bytes(2, 'big')", "(255).to_bytes(1, 'big', signed=True)", "int.from_bytes(b'\\xff', 'little', signed=True)",
             "bytes(n)", "bytearray(-1)", "sys.maxsize + 1", "[1, 2][sys.maxsize]", "hex(n)[:10]",
             "divmod(n, 10 ** 470)[0]", "n.__round__(-470)", "pow(n, -1)", "pow(n, 2, 0)", "abs(-n) == n",
             "1 << -1", "n >> 10 ** 10", "~n % 10"]:
    try:
        r = eval(expr)
        text = repr(r)
        print(f"{expr:34} -> {text if len(text) < 50 else text[:47] + '...'}")
    except (OverflowError, ValueError, MemoryError, IndexError, TypeError, ZeroDivisionError) as e:
        print(f"{expr:34} ! {type(e).__name__}: {e}")
print(sys.float_info.max, sys.float_info.max * 2, -sys.float_info.max * 2)
print(f"{2 ** 100:,}", f"{2 ** 100:e}", f"{2 ** 100:.3g}", format(n, "_")[:20])
try:
    print(f"{n:.2f}")
except OverflowError as e:
    print("OverflowError:", e)
sys.set_int_max_str_digits(640)
try:
    print(str(n))
except ValueError as e:
    print("ValueError:", e)
try:
    int("7" * 700)
except ValueError as e:
    print("ValueError:", e)
print(int("7" * 640) % 10, hex(n)[-4:])
print(float(3 ** 700))
