# As a value, `a and b or c` asks a's truth once: when `a and b` stops at a false `a`, that
# falsehood is already known and the `or` goes straight on (CPython threads the jumps). The same
# holds for nested and/or operands in any position.


class Flag:
    def __init__(self, value):
        self.value = value
        self.asked = 0

    def __bool__(self):
        self.asked += 1
        return self.value

    def __repr__(self):
        return "yes" if self.value else "no"


cases = {
    "no and yes or yes": lambda y, n: n and y or y,
    "yes and no or yes": lambda y, n: y and n or y,
    "(no and (yes or no)) or no": lambda y, n: (n and (y or n)) or n,
    "(yes and (yes or no)) or no": lambda y, n: (y and (y or n)) or n,
    "(no or no) or (yes and yes)": lambda y, n: (n or n) or (y and y),
    "yes or (no and no)": lambda y, n: y or (n and n),
    "not (yes or no)": lambda y, n: not (y or n),
    "[no or yes][0]": lambda y, n: [n or y][0],
}
for text, expr in cases.items():
    yes, no = Flag(True), Flag(False)
    result = expr(yes, no)
    print(f"{text:30} -> {result!r:5} yes asked {yes.asked}, no asked {no.asked}")
