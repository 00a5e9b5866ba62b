class E(Exception):
    pass
print(str(E()), str(E("a")), str(E("a", "b")), str(E(1)), str(E(None)), str(E([])))
print(repr(E()), repr(E("a")), repr(E("a", "b")))
print(str(BaseException("x")), Exception("x") == Exception("x"))
print(isinstance(E(), BaseException), E.__name__, E.__module__)
