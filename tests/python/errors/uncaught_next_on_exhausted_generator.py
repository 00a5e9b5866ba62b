def g():
    yield 1
gen = g()
print(next(gen))
print(next(gen))
