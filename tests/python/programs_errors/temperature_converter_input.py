# A unit converter fed with messy input lines: float parsing messages and custom validation.
LINES = [
    "100 C", "212 F", "-40 c", "300 K", "abc F", "12.5.1 C", "1e3 C", "inf C", "nan F",
    "-500 K", "37", "98.6 X", "  ", "1_000 C", "0x10 C", "１２ C", "- 5 C", "5e C", ".5 F",
]
ABS_ZERO = {"C": -273.15, "F": -459.67, "K": 0.0}

def parse(line):
    value, unit = line.split()
    unit = unit.upper()
    if unit not in ABS_ZERO:
        raise KeyError(unit)
    v = float(value)
    if v != v:
        raise ValueError("temperature is NaN")
    if v < ABS_ZERO[unit]:
        raise ValueError(f"{v} {unit} is below absolute zero")
    return v, unit

def to_celsius(v, unit):
    return {"C": v, "F": (v - 32) * 5 / 9, "K": v - 273.15}[unit]

for line in LINES:
    try:
        v, unit = parse(line)
        print(f"{line!r:>12} = {to_celsius(v, unit):8.2f} C")
    except ValueError as e:
        print(f"{line!r:>12} ValueError: {e}")
    except KeyError as e:
        print(f"{line!r:>12} unknown unit {e}")

for text in ["3.14", " 2.5 ", "1,5", "", "1e309", "-1e-400", "infinity", "-Infinity", "nAn", "+.5e-2", "1__0", "_1"]:
    try:
        print(repr(text), float(text))
    except ValueError as e:
        print(repr(text), e)
for text in ["42", " -7 ", "3.0", "1e3", "0b101", "٣", "+0", "00", "0_0", "9" * 30]:
    try:
        print(repr(text)[:20], int(text))
    except ValueError as e:
        print(repr(text)[:20], e)
for text, base in [("ff", 16), ("FF", 15), ("z", 36), ("10", 2), ("12", 2), ("0o17", 8), ("0x", 16), ("1", 0), ("08", 0)]:
    try:
        print(text, base, int(text, base))
    except ValueError as e:
        print(text, base, e)
print(float("  -12.5e1  "))
float("12 C")
