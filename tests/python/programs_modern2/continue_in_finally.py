# continue in a finally block is allowed since 3.8; its effect on exceptions and returns.
log = []
for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
        log.append(i)
    finally:
        continue
print(log)


def f():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "loop ended"


print(f())


def g():
    out = []
    for x in "ab":
        try:
            out.append(x)
            break
        finally:
            out.append("finally")
    return out


print(g())
