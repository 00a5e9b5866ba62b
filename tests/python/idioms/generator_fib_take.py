def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

print(take(12, fibonacci()))
g = fibonacci()
print(next(g), next(g), next(g), next(g))
for f in fibonacci():
    if f > 1000:
        print("first over 1000:", f)
        break
evens = (f for f in fibonacci() if f % 2 == 0)
print(take(6, evens))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"
print(list(countdown(5)))
