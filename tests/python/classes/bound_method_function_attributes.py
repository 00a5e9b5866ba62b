class C:
    def f(self): pass
C.f.marker = 1
print(getattr(C().f, 'marker', 'MISSING'))
try:
    C().f.nope
except AttributeError as e:
    print(e)
print(C().f.__name__)
