def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
try:
    f()
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
def g():
    try:
        raise ValueError("a")
    finally:
        print("finally before propagation")
try:
    g()
except ValueError as e:
    print("got", e)
def h():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed it"
print(h())
