# An OSError subclass with its own __init__ (and no __new__) gets args () and errno None unless it
# calls OSError.__init__; with __new__ overridden too, OSError.__new__ parses the arguments.
class E(OSError):
    def __init__(self, a, b):
        self.x = a
e = E(2, 'x')
print(type(e).__name__, e.args, e.errno, e.strerror, str(e), repr(e))
class F(OSError):
    def __init__(self, *a):
        super().__init__(*a)
f = F(2, 'nf', 'file')
print(f.args, f.errno, f.strerror, f.filename, str(f))
class G(OSError):
    pass
g = G(2, 'nf')
print(type(g).__name__, g.args, g.errno, str(g))
class H(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
    def __init__(self, *a):
        pass
h = H(5, 'io')
print(h.args, h.errno, str(h))
class K(OSError):
    def __init__(self, a, b, c=None, **kw):
        pass
k = K(1, 2, c=3)
print(k.args, k.errno)
try:
    G(1, 2, x=3)
except TypeError as e:
    print(e)
e = OSError(2, 'No such file')
print(type(e).__name__, e.errno)
