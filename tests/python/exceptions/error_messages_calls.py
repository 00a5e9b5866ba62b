def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def m(self, a): pass
show(lambda: C().m())
show(lambda: C().m(1, 2))
show(lambda: C.m())
show(lambda: C(1))
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: isinstance(1))
show(lambda: int("5", 1))
show(lambda: sorted([1], 2))
show(lambda: max())
show(lambda: min([]))
show(lambda: "a".join([1]))
show(lambda: "abc".split(1))
show(lambda: [].sort(1))
show(lambda: dict(1))
show(lambda: range(1.5))
show(lambda: getattr(1))
