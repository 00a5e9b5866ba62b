def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return n, inc
print(outer()[0])
def counter():
    count = 0
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
c = counter()
print(c(), c(), c(10))
def a():
    x = 1
    def b():
        def c():
            nonlocal x
            x = 3
        c()
    b()
    return x
print(a())
