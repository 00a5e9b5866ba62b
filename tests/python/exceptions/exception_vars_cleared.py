try:
    raise ValueError("v")
except ValueError as err:
    saved = err
print(saved)
try:
    err
except NameError as e:
    print(e)
def f():
    e = "keep"
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    return "e" in locals()
print(f())
