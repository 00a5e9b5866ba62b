# A password policy checker raising a custom ValueError subclass with several reasons collected
# into an ExceptionGroup; unhandled ones end the program.
import string

class PolicyError(ValueError):
    def __init__(self, rule, detail):
        super().__init__(f"{rule}: {detail}")
        self.rule = rule

RULES = [
    ("length", lambda p: len(p) >= 8, "at least 8 characters"),
    ("digit", lambda p: any(c.isdigit() for c in p), "needs a digit"),
    ("upper", lambda p: any(c.isupper() for c in p), "needs an upper-case letter"),
    ("symbol", lambda p: any(c in string.punctuation for c in p), "needs a symbol"),
    ("spaces", lambda p: " " not in p, "must not contain spaces"),
]

def check(password):
    if not isinstance(password, str):
        raise TypeError(f"password must be str, not {type(password).__name__}")
    problems = [PolicyError(rule, detail) for rule, ok, detail in RULES if not ok(password)]
    if problems:
        raise ExceptionGroup(f"{len(problems)} rule(s) failed for {password!r}", problems)
    return True

for pw in ["Str0ng!Pass", "weak", "NoDigits!!", "has space 1A!", 12345678, "", "ALLUPPER123$"]:
    try:
        print(repr(pw), "->", check(pw))
    except* PolicyError as eg:
        print(repr(pw), "->", eg.message)
        for e in eg.exceptions:
            print("     ", e.rule, "|", e)
    except* TypeError as eg:
        print(repr(pw), "-> TypeError:", eg.exceptions[0])

try:
    check("short")
except ExceptionGroup as eg:
    lengths, others = eg.split(lambda e: e.rule == "length")
    print(repr(lengths))
    print(repr(others))
    print(eg.subgroup(lambda e: e.rule == "nonexistent"))
try:
    raise PolicyError("custom", "raised alone")
except ValueError as e:
    print(type(e).__name__, e, e.rule, e.args)
check("abc")
