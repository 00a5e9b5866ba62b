# Repr instances with custom limits and subclasses
import reprlib

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
r.maxlevel = 2
print(r.repr(list(range(10))), r.repr('abcdefghijklmnop'), r.repr([[[1]]]))
r2 = reprlib.Repr()
r2.maxdict = 2
r2.fillvalue = '<more>'
print(r2.repr({i: i for i in range(5)}), r2.repr(list(range(20))))

class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return 'int(%d)' % x

print(MyRepr().repr([1, 2, (3,)]))
print(reprlib.aRepr.maxlist, reprlib.aRepr.maxstring, reprlib.aRepr.maxother)
