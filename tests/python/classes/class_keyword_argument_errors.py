# Keywords of a class statement: **mappings merge as for a call, with __build_class__ named in
# the errors; a keyword written twice is a SyntaxError at compile time.
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(kw))
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
kw = {"metaclass": Meta, "flag": 1}
class A(**kw): pass
print(type(A).__name__)
class B(metaclass=Meta, **{"x": 2}): pass
try:
    class C(metaclass=type, **{"metaclass": type}): pass
except TypeError as e: print(e)
try:
    class D(x=1): pass
except TypeError as e: print(e)
try:
    class E(**{"a": 1}, **{"a": 2}): pass
except TypeError as e: print(e)
try:
    class F(*5): pass
except TypeError as e: print(e)
bases = (int,)
class G(*bases): pass
print(G.__bases__, G(3) + 1)
try:
    class H(**5): pass
except TypeError as e: print(e)
for src in ["class K(metaclass=type, metaclass=type): pass", "class K(a=1, b=2, a=3): pass"]:
    try:
        compile(src, "<probe>", "exec")
    except SyntaxError as e:
        print(e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
