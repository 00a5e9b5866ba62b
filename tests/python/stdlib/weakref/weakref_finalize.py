# finalize called explicitly, detach, peek, alive
import weakref

class Res:
    pass

r = Res()
f = weakref.finalize(r, print, 'cleanup', 1, sep='-')
print(f.alive, f.peek()[1] is print, f.peek()[2])
print(f())
print(f.alive, f(), f.peek())
r2 = Res()
g = weakref.finalize(r2, print, 'never')
obj, func, args, kw = g.detach()
print(obj is r2, args, g.alive, g.detach())
keep = Res()
h = weakref.finalize(keep, lambda: 'value')
print(h.atexit, h(), h.alive)
