# Guards run after the pattern binds; a failed guard leaves the bindings in place.
log = []


def check(label, result):
    log.append(label)
    return result


match (1, 2):
    case (a, b) if check("first", a > b):
        print("never")
    case (a, b) if check("second", a < b):
        print("a < b:", a, b)

print(log)

match 5:
    case x if x > 10:
        print("big")
    case y:
        print("x still bound:", x, "y:", y)

# a guard that raises propagates out of the match
try:
    match 0:
        case n if 1 / n:
            pass
except ZeroDivisionError as e:
    print("guard raised:", e)

# the guard is evaluated only when the pattern matched
calls = []
match "text":
    case int() if calls.append("int guard"):
        pass
    case str() if calls.append("str guard") or True:
        print("str matched", calls)
