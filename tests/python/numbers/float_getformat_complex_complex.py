# float.__getformat__ (a class method CPython keeps for its tests and pickling) and complex.__complex__ (new in 3.11): both in dir() as in CPython
print(float.__getformat__('double'), float.__getformat__('float'), (1.0).__getformat__('double'))
for a in ('x', 1, None):
    try: float.__getformat__(a)
    except Exception as e: print(type(e).__name__, e)
try: float.__getformat__()
except TypeError as e: print(e)
class C(complex): pass
z = C(1, 2); w = 3 + 4j
print(type(z.__complex__()), w.__complex__() is w, complex(z), type(complex(z)), complex.__complex__(w))
class D(complex):
    def __complex__(self): return 7j
print(complex(D(1)), sorted(set(dir(complex)) ^ set(dir(float)))[:5], len(dir(float)), len(dir(complex)))
