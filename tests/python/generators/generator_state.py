def g():
    yield 1
gen = g()
print(gen.gi_running, gen.gi_frame is not None)
next(gen)
try:
    next(gen)
except StopIteration:
    pass
print(gen.gi_frame)
def recursive():
    yield next(me)
me = recursive()
try:
    next(me)
except ValueError as e:
    print(e)
print(g.__name__, gen.__name__, gen.__qualname__)
