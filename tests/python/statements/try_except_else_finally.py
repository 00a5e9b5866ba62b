def run(v):
    try:
        print("try", v)
        r = 10 / v
    except ZeroDivisionError:
        print("except")
        return "error"
    else:
        print("else", r)
        return "ok"
    finally:
        print("finally")
print(run(2))
print(run(0))
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally", i)
h()
