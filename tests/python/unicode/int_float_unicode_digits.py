"""int() and float() read every decimal digit of Unicode 14 (category Nd) and strip every white
space character, as CPython 3.11 does, and refuse the digits Unicode assigned later, which a newer
JDK knows (Java 25: Unicode 16)."""
chars = list(map(chr, range(0x110000)))
digits = [c for c in chars if c.isdecimal()]
print(len(digits), "digits, int():", sum(map(int, digits)), "float():", sum(map(float, digits)))
print("as numbers:", int("".join(digits[-10:])), float("".join(digits[10:20]) + "." + digits[25]))

# digits of scripts encoded in Unicode 15 and 16, and the characters around them
later = [chr(c) for first, last in ((0x10D40, 0x10D49), (0x116D0, 0x116E3), (0x11BF0, 0x11BF9), (0x11F50, 0x11F59),
                                    (0x16130, 0x16139), (0x16D70, 0x16D79), (0x1CCF0, 0x1CCF9), (0x1E4F0, 0x1E4F9),
                                    (0x1E5F1, 0x1E5FA), (0x1FBF0, 0x1FBF9)) for c in range(first, last + 1)]
taken = []
for c in later:
    for parse in (int, float):
        try:
            taken.append("%s(U+%04X) = %r" % (parse.__name__, ord(c), parse(c)))
        except ValueError:
            pass
print("taken of the later digits:", taken)

spaces = [c for c in chars if c.isspace()]


def strips(parse, c):
    try:
        return parse(c + "7" + c) == 7
    except ValueError:
        return False


print(len(spaces), "spaces; int() strips", ["%X" % ord(c) for c in spaces if strips(int, c)])
print("float() strips", ["%X" % ord(c) for c in spaces if strips(float, c)])
