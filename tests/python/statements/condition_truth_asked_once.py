# In a condition (if, elif, while, assert, a conditional expression's test, a comprehension's
# if, a case guard, not) an `and`/`or` asks each operand's truth once: CPython jumps on each
# operand instead of testing the whole expression's value again. As a value, `not (a or b)`
# asks twice (the value of `a or b`, then its truth).


class Flag:
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.asked = 0

    def __bool__(self):
        self.asked += 1
        return self.value


def run(label, body):
    yes, no = Flag("yes", True), Flag("no", False)
    result = body(yes, no)
    print(f"{label:12} yes={yes.asked} no={no.asked} -> {result}")


def if_or(yes, no):
    if yes or no:
        return "body"
    return "else"


def if_and(yes, no):
    if no and yes:
        return "body"
    return "else"


def elif_mixed(yes, no):
    if no:
        return "first"
    elif (no or yes) and (yes or no):
        return "second"
    return "none"


def if_not(yes, no):
    if not (yes or no):
        return "body"
    return "else"


def while_and(yes, no):
    rounds = 0
    while yes and rounds < 3:
        rounds += 1
    return rounds


def assert_or(yes, no):
    assert no or yes, "unreachable"
    return "passed"


def ternary(yes, no):
    return "a" if (no or yes) else "b"


def comprehension(yes, no):
    return [k for k in range(2) if yes or no]


def generator(yes, no):
    return sum(1 for _ in range(3) if no or yes)


def guard(yes, no):
    match 5:
        case int() if no or yes:
            return "guarded"
    return "fell through"


def gen_if(yes, no):
    def g():
        if yes or no:
            yield "inside"
    return list(g())


def value_or(yes, no):
    v = yes or no
    return v.name


def value_not(yes, no):
    return not (yes or no)


def walrus(yes, no):
    if (seen := yes) or no:
        return seen.name
    return None


for name, fn in list(globals().items()):
    if callable(fn) and name not in ("Flag", "run"):
        run(name, fn)
