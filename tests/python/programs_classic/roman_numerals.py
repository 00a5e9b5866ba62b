ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    if not isinstance(n, int):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range (1..3999)")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        try:
            v = VALUES[ch]
        except KeyError:
            raise ValueError(f"invalid roman digit {ch!r}") from None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def main():
    for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
        r = to_roman(n)
        print(f"{n:>5} -> {r:<15} -> {from_roman(r)}")
    print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
    longest = max(range(1, 4000), key=lambda n: len(to_roman(n)))
    print("longest:", longest, to_roman(longest), len(to_roman(longest)))
    for bad in (0, 4000, -5, 3.5, "12"):
        try:
            to_roman(bad)
        except (TypeError, ValueError) as e:
            print(f"{bad!r}: {type(e).__name__}: {e}")
    try:
        from_roman("MCMXCIVZ")
    except ValueError as e:
        print(e, e.__cause__, e.__suppress_context__)
    years = {to_roman(y): y for y in range(2000, 2025, 6)}
    print(years)
    print(sorted(years, key=len))
    print(from_roman("mmxxiv"))
    to_roman(0)


if __name__ == "__main__":
    main()
