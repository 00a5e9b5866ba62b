def f():
    try:
        raise ValueError("original")
    except:
        print("bare except")
        raise
try:
    f()
except ValueError as e:
    print("re-raised", e)
try:
    try:
        1 / 0
    finally:
        print("finally runs during propagation")
except ZeroDivisionError:
    print("caught after finally")
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("b")
except TypeError as e:
    print(type(e.__context__).__name__, e.__context__)
