def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 2), apply(str.upper, "x"))
ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
print(ops["+"](2, 3), ops["*"](2, 3))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
funcs = [len, str.strip, str.title]
print([f("  hello world  ") for f in funcs])
print(list(map(pow, [2, 3], [5, 2])))
