# operator, functools.reduce, heapq and bisect functions are C functions in CPython:
# they print as built-in functions and are not bound as methods when kept in a class.
import operator, functools, heapq, bisect
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
print(ops)
for sym, fn in ops.items():
    print(sym, fn, fn.__name__, type(fn).__name__, fn(12, 4))
print(operator.__add__, operator.not_, operator.iadd)
print(functools.reduce, heapq.heappush, heapq.heapify, bisect.bisect, bisect.insort_left)
class Calculator:
    plus = operator.add
    fold = functools.reduce
calc = Calculator()
print(calc.plus(2, 3), Calculator.plus(4, 5), calc.fold(operator.mul, [1, 2, 3, 4]))
print(operator.add.__doc__, callable(operator.add), operator.add == operator.add)
