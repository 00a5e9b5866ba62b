import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0))
print(op.lshift(1, 4), op.rshift(256, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.index(7), op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
print(op.__add__(2, 3), op.__not__(1), op.__getitem__('abc', 1), op.call(max, 3, 9))
print(op.length_hint([1, 2, 3]), op.length_hint(iter(range(10))), op.length_hint(object(), 7))
for f, args in ((op.index, (1.5,)), (op.concat, (1, 2)), (op.indexOf, ([1], 5))):
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
