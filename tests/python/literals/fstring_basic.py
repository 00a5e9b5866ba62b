name = "Weft"
n = 42
print(f"hello {name}")
print(f"{n} {n + 1} {n * 2}")
print(f"{{literal braces}} {n}")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{n=}")
print(f"{n = }")
print(f"{name.upper()=}")
print(F"caps {n}")
print(f"{3.14159:.2f} {n:>6} {n:<6}| {n:^7}|")
print(f"{n:#x} {n:08b} {n:,} {1234567.891:,.2f}")
