def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def echo_inner():
    while True:
        x = yield
        if x is None:
            return "stop"
        print("inner got", x)
def delegator():
    r = yield from echo_inner()
    yield r
d = delegator()
next(d)
d.send("a")
d.send("b")
print(d.send(None))
