# Each nested container's repr is a level of recursion depth: a list nested 5000 deep cannot be
# printed (CPython's PyObject_Repr), though it can be built.
nested = []
for _ in range(5000):
    nested = [nested]
print(len(nested), len(nested[0]))
print(nested)
