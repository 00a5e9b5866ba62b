log = []
def f():
    try:
        log.append("try")
        try:
            log.append("inner try")
            raise ValueError
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("except")
    finally:
        log.append("outer finally")
    return log
print(f())
def count():
    n = 0
    for i in range(5):
        try:
            if i % 2:
                continue
            n += 10
        finally:
            n += 1
    return n
print(count())
def ret():
    x = "a"
    try:
        return x
    finally:
        x = "b"
print(ret())
