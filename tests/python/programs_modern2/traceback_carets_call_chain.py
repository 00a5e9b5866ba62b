# Errors in a chained call and in a lambda: the carets point at the call that failed.
def make_adder(n):
    return lambda x: x + n


adders = {"one": make_adder(1), "text": make_adder("t")}
print(adders["one"](41))
print(list(map(adders["text"], [1, 2])))
