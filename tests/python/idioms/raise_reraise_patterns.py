def risky(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n * 2

def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("logging and re-raising")
        raise

try:
    wrapper(-1)
except ValueError as e:
    print("outer got:", e)

errors = []
for v in [1, -2, 3, -4]:
    try:
        risky(v)
    except ValueError as e:
        errors.append(str(e))
print(errors)

try:
    raise TypeError
except TypeError as e:
    print(repr(e), str(e) == "", e.args)
e = KeyError("missing")
print(str(e), repr(e))
print(str(ValueError("a", 1)))
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
