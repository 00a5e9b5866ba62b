import re

# HackerRank "Incorrect Regex": report whether each pattern compiles
for pattern in [".*\\+", ".*+", "[a-z", "(ab", "a{2,1}", "\\d{3}", "(?P<x>a)(?P=x)", "*a", "a**", "(?<=a+)b"]:
    try:
        re.compile(pattern)
        print(f"{pattern!r:16} True")
    except re.error as e:
        print(f"{pattern!r:16} False ({e.msg})")

# Exceptions in a loop over "a b" pairs, as the exercise's input
for pair in ["1 0", "2 $", "3 1", "7 -2", "x y"]:
    try:
        a, b = map(int, pair.split())
        print(a // b, a % b)
    except ZeroDivisionError as e:
        print("Error Code:", e)
    except ValueError as e:
        print("Error Code:", e)


class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available


try:
    raise InsufficientFunds(50, 20)
except InsufficientFunds as e:
    print(type(e).__name__, e, e.args, e.needed - e.available, repr(e))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "", e.args)
err = ExceptionGroup("batch", [ValueError("v"), KeyError("k"), ValueError("w")])
try:
    raise err
except* ValueError as g:
    print("values:", g.exceptions)
except* KeyError as g:
    print("keys:", g.exceptions)
print(err.split(ValueError)[0].exceptions, err.subgroup(lambda e: isinstance(e, KeyError)))
