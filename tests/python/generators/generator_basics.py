def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(next(g, "default"))
def with_return():
    yield 1
    return "done"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
print(type(count_up(1)).__name__)
print(sum(x * x for x in range(10)))
