def reduce(fn, seq, initial=None):
    it = iter(seq)
    acc = next(it) if initial is None else initial
    for x in it:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda acc, w: acc + [len(w)], ["a", "bb", "ccc"], []))
print(reduce(max, [3, 9, 2]))
def pipeline(*steps):
    return lambda x: reduce(lambda acc, f: f(acc), steps, x)
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "))
def curry(f):
    def curried(*args):
        if len(args) >= f.__code__.co_argcount:
            return f(*args)
        return lambda *more: curried(*args, *more)
    return curried
@curry
def add3(a, b, c):
    return a + b + c
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3))
