def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
class A:
    pass
class S:
    __slots__ = ()
show(lambda: A().missing)
show(lambda: A.missing)
show(lambda: S().x)
show(lambda: setattr(S(), "y", 1))
show(lambda: (1).real.nope)
show(lambda: [].nope)
show(lambda: {}.nope)
show(lambda: "".nope)
show(lambda: (1.5).nope)
show(lambda: None.nope)
show(lambda: True.nope)
show(lambda: (lambda: 0).nope)
show(lambda: setattr(1, "x", 2))
show(lambda: setattr([], "x", 2))
show(lambda: delattr(A(), "x"))
import math
show(lambda: math.nope)
show(lambda: object().nope)
show(lambda: type.nope)
