class B:
    def __bytes__(self): return b"custom bytes"
    def __str__(self): return "custom str"
    def __repr__(self): return "custom repr"
print(bytes(B()), str(B()), repr(B()), ascii(B()))
class R:
    def __repr__(self): return "é repr"
print(repr(R()), ascii(R()), [R()])
