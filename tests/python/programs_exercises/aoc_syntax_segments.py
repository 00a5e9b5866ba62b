from statistics import median

LINES = """[({(<(())[]>[[{[]{<()<>>
[(()[<>])]({[<{<<[]>>(
{([(<{}[<>[]}>{[]{[(<()>
(((({<>}<{<{<>}{[]{[]{}
[[<[([]))<([[{}[[()]]]
[{[{({}]{}}([{[{{{}}([]
{<[[]]>}<{[{[{[]{()[[[]
[<(<(<(<{}))><([]([]()
<{([([[(<>()){}]>(<<{{
<{([{{}}[<[[[<>{}]]]>[]]"""
PAIRS = dict(zip("([{<", ")]}>"))
ERR = {")": 3, "]": 57, "}": 1197, ">": 25137}
AUTO = {")": 1, "]": 2, "}": 3, ">": 4}
err, auto = 0, []
for line in LINES.splitlines():
    stack = []
    for ch in line:
        if ch in PAIRS:
            stack.append(PAIRS[ch])
        elif ch != stack.pop():
            err += ERR[ch]
            print(f"{line} - Expected {stack[-1] if stack else '?'}, but found {ch} instead.")
            break
    else:
        score = 0
        for ch in reversed(stack):
            score = score * 5 + AUTO[ch]
        auto.append(score)
        print(f"{line} - Complete by adding {''.join(reversed(stack))}.")
print(err, sorted(auto), median(auto))

DISPLAY = """acedgfb cdfbe gcdfa fbcad dab cefabd cdfgeb eafb cagedb ab | cdfeb fcadb cdfeb cdbaf"""
patterns, output = (part.split() for part in DISPLAY.split(" | "))
by_len = {}
for p in patterns:
    by_len.setdefault(len(p), []).append(frozenset(p))
one, four, seven, eight = by_len[2][0], by_len[4][0], by_len[3][0], by_len[7][0]
digits = {one: 1, four: 4, seven: 7, eight: 8}
for p in by_len[6]:
    digits[p] = 9 if four <= p else 0 if one <= p else 6
six = next(p for p, d in digits.items() if d == 6)
for p in by_len[5]:
    digits[p] = 3 if one <= p else 5 if p <= six else 2
print(sorted(("".join(sorted(k)), v) for k, v in digits.items()))
print(int("".join(str(digits[frozenset(o)]) for o in output)))
print(frozenset("ab") == frozenset("ba"), sorted(frozenset("cab")), len({frozenset("ab"), frozenset("ba")}))
