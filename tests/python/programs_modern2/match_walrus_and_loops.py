# match inside loops and comprehensions: break/continue work, and names leak like assignments.
import re

commands = ["add 5", "add x", "mul 3", "reset", "stop", "add 1"]
total = 0
for cmd in commands:
    match cmd.split():
        case ["add", n] if (m := re.fullmatch(r"\d+", n)):
            total += int(m.group())
        case ["add", bad]:
            print("not a number:", bad)
            continue
        case ["mul", n]:
            total *= int(n)
        case ["reset"]:
            total = 0
            print("reset")
        case ["stop"]:
            break
    print(cmd, "->", total)
print("final", total, "last n:", n)


def kinds(items):
    out = []
    for item in items:
        match item:
            case int():
                out.append("i")
            case str():
                out.append("s")
            case _:
                out.append("?")
    return "".join(out)


print(kinds([1, "a", 2.0, None, 3]))


def first_pair(seq):
    while seq:
        match seq:
            case [a, b, *rest] if a == b:
                return a, len(rest)
            case [_, *rest]:
                seq = rest
    return None


print(first_pair([1, 2, 3, 3, 4]), first_pair([1, 2]))
