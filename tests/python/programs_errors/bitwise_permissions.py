# Unix-style permission bits with int operations; bad operands and shifts raise specific errors.
READ, WRITE, EXEC = 4, 2, 1

def parse_mode(text):
    if len(text) != 3:
        raise ValueError(f"mode must have 3 digits, got {text!r}")
    return int(text, 8)

def describe(mode):
    out = []
    for shift in (6, 3, 0):
        bits = (mode >> shift) & 7
        out.append("".join(ch if bits & flag else "-" for ch, flag in zip("rwx", (READ, WRITE, EXEC))))
    return "".join(out)

for text in ["755", "644", "777", "800", "75", "7a5", "0o7", "-55", " 64"]:
    try:
        m = parse_mode(text)
        print(text, oct(m), describe(m), f"{m:09b}")
    except ValueError as e:
        print(text, "ValueError:", e)

for expr in ["1 << 3", "1 << -1", "1 >> -2", "8 >> 100", "-8 >> 1", "1 << 2.0", "1.5 & 1", "True | 2", "~True",
             "~7", "5 ^ 'a'", "'a' | 'b'", "{1} ^ {2}", "[1] & [1]", "None << 1", "2 ** 3 & 1", "int('1' * 5, 2) | 0b100000",
             "(255).bit_length()", "(-255).bit_count()", "(5).to_bytes(1, 'little')", "(256).to_bytes(1, 'little')",
             "int.from_bytes(b'\\x01\\x00', 'big')", "int.from_bytes(b'\\x01', 'sideways')", "bin(-5)", "hex(3.0)",
             "oct('8')", "int('0b101', 0)", "int('0b102', 0)", "int('101', 1)", "int('z', 36)", "int('Z', 37)",
             "format(-5, '08b')", "format(5, '#010b')", "format(300, 'c')", "format(1, 'b=')"]:
    try:
        print(f"{expr:38} -> {eval(expr)!r}")
    except (ValueError, TypeError, OverflowError) as e:
        print(f"{expr:38} -> {type(e).__name__}: {e}")
mode = parse_mode("750")
mode |= WRITE
mode &= ~EXEC << 6
print(describe(mode))
mode <<= -1
