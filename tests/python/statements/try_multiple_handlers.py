def attempt(action):
    try:
        action()
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__)
    except ZeroDivisionError:
        print("zero")
    except Exception as e:
        print("other", type(e).__name__, e)
attempt(lambda: {}["k"])
attempt(lambda: [][0])
attempt(lambda: 1 / 0)
attempt(lambda: int("x"))
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("not here")
except ValueError as e:
    print("outer caught", e)
e = "before"
try:
    raise KeyError("k")
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError", err)
