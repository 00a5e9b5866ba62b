def f(n):
    return f(n + 1) + 1
print("about to recurse")
f(0)
