def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("error:", e)
        return None
    except TypeError:
        print("bad types")
        return None
    else:
        print("ok")
        return result
    finally:
        print("done", a, b)

print(divide(6, 3))
print(divide(1, 0))
print(divide("x", 2))

def parse_int(s):
    try:
        return int(s)
    except ValueError:
        return -1

print([parse_int(s) for s in ["1", "x", "  42 ", "3.5", "-7"]])
