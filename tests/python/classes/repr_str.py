class A:
    def __repr__(self): return "A()"
class B:
    def __str__(self): return "B-str"
    def __repr__(self): return "B-repr"
class C:
    def __str__(self): return "only str"
print(A(), str(A()), repr(A()), [A()])
print(B(), str(B()), repr(B()), [B()], f"{B()} {B()!r}")
print(C())
print(repr(C()).startswith("<__main__.C object at 0x"))
print("%s %r" % (B(), B()))
