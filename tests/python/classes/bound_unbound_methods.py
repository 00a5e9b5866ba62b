class C:
    def m(self, x): return (self.tag, x)
    tag = "c"
c = C()
bm = c.m
print(bm(1), bm.__self__ is c, bm.__func__ is C.m)
print(C.m(c, 2))
print(type(bm).__name__, type(C.m).__name__)
print(c.m == c.m, c.m is c.m)
def free(self): return "attached"
C.free = free
print(c.free())
c.inst = free
try:
    c.inst()
except TypeError as e:
    print(e)
