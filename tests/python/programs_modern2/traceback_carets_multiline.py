# An error inside a call whose arguments span several lines: CPython shows every line of it.
def combine(a, b, c):
    return a + b + c


result = combine(
    1,
    2,
    3,
)
print(result)
result = combine(
    "x",
    2,
    3,
)
