# Modules that CPython compiles into the interpreter have no __file__ and a "(built-in)" repr,
# even where Weft writes them in Python.
import itertools, atexit, marshal, sys, math
for m in (itertools, atexit, marshal, sys):
    print(repr(m), hasattr(m, '__file__'))
print(list(itertools.islice(itertools.count(3), 4)))
