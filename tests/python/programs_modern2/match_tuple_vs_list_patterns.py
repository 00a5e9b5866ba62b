# (a, b) and [a, b] patterns are the same; (a) is a group, (a,) a sequence.
for subject in [(1, 2), [1, 2], 1, (1,), [], ()]:
    match subject:
        case (a, b):
            r = f"pair {a},{b}"
        case (x):
            r = f"grouped capture {x!r}"
    match subject:
        case (one,):
            s = f"single {one}"
        case []:
            s = "empty"
        case _:
            s = "other"
    print(r, "|", s)

match [1, [2, (3, 4)]]:
    case [a, (b, [c, d])]:
        print("nested", a, b, c, d)

match {"a": (1, 2)}:
    case {"a": [x, y]}:
        print("tuple matched list pattern", x, y)
