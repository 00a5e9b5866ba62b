def f():
    try:
        return "try"
    finally:
        print("finally runs before return")

print(f())

def g():
    try:
        raise ValueError("x")
    except ValueError:
        return "except"
    finally:
        print("cleanup")

print(g())

def loop():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop())

def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", e)
nested()
