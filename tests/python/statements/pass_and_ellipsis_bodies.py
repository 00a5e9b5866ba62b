def f(): pass
class C: ...
for _ in range(3): pass
if True: pass
print(f(), C.__name__)
def g():
    """doc only"""
print(g(), g.__doc__)
