print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(None), type(type))
print(type(1) is int, type(True) is bool, type(len).__name__, type(print).__name__)
class Foo: pass
print(type(Foo()), type(Foo()).__name__, type(Foo).__name__)
NewT = type("NewT", (), {"attr": 1})
print(NewT.attr, NewT().attr)
