import operator as op
a = [1, 2]
b = op.iadd(a, [3])
print(a, b, a is b)
x = 5
print(op.iadd(x, 1), x, op.isub(10, 3), op.imul(3, 4), op.itruediv(7, 2), op.ifloordiv(7, 2))
print(op.imod(7, 3), op.ipow(2, 5), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3))
s = {1}
op.ior(s, {2})
print(s, op.iconcat([1], (2, 3)))
d = {}
op.setitem(d, 'k', 1)
print(d)
op.delitem(d, 'k')
print(d)
print(op.__iadd__ is op.iadd, op.__ior__ is op.ior)
