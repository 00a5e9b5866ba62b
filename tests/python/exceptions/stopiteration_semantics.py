it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value)
e = StopIteration(5)
print(e.value, e.args)
def gen():
    return 7
    yield
g = gen()
try:
    next(g)
except StopIteration as e:
    print("return value", e.value)
class Manual:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("ignored arg")
print(list(Manual()))
