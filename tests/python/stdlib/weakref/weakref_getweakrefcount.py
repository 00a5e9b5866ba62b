# weakref.getweakrefcount and getweakrefs count the weak references a program still holds;
# ref(obj) without a callback is the one basic reference obj has, made once and shared.
import weakref


class Cache:
    def __repr__(self):
        return "Cache()"


obj = Cache()
print("none yet:", weakref.getweakrefcount(obj), weakref.getweakrefs(obj))

r1 = weakref.ref(obj)
r2 = weakref.ref(obj)
print("basic shared:", r1 is r2, weakref.getweakrefcount(obj), weakref.getweakrefs(obj) == [r1])


def on_death(ref):
    print("callback for", ref is not None)


r3 = weakref.ref(obj, on_death)
r4 = weakref.ref(obj, on_death)


def order():
    refs = weakref.getweakrefs(obj)  # the basic reference first, then the newest
    return refs[0] is r1, refs[1] is r4, refs[2] is r3


print("with callbacks:", r3 is r1, weakref.getweakrefcount(obj), order())

p = weakref.proxy(obj)
print("proxy counts once:", weakref.getweakrefcount(obj), p)

del r3
print("after del r3:", weakref.getweakrefcount(obj))
print(r1() is obj, r2() is obj)
del r1, r2
print("after del r1, r2:", weakref.getweakrefcount(obj), weakref.ref(obj) is weakref.ref(obj))


class Named(weakref.ref):
    pass


n1, n2 = Named(obj), Named(obj)
print("subclass refs are separate:", n1 is n2, weakref.getweakrefcount(obj))
print("not weakly referenced:", weakref.getweakrefcount(42), weakref.getweakrefs("text"))


def local_refs():
    mine = weakref.ref(obj, on_death)
    return weakref.getweakrefcount(obj)


print("inside a call:", local_refs(), "after it:", weakref.getweakrefcount(obj))
