# Running totals and reductions: itertools.accumulate, functools.reduce, operator, with ints, floats, Fractions.
import itertools, functools, operator, math
from fractions import Fraction
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(list(itertools.accumulate(data)), list(itertools.accumulate(data, max)), list(itertools.accumulate(data, operator.mul)), list(itertools.accumulate(data, initial=100))[:4])
print(functools.reduce(operator.add, data), functools.reduce(math.gcd, [48, 180, 600]), functools.reduce(lambda a, b: a * 10 + b, data), functools.reduce(operator.mul, range(1, 21)))
print(list(itertools.accumulate([0.1] * 10)), list(itertools.accumulate(map(Fraction, ['0.1'] * 5))))
rates = [1.05, 0.97, 1.10, 1.02, 0.88]
print([round(x, 6) for x in itertools.accumulate(rates, operator.mul)], math.prod(rates), functools.reduce(operator.mul, rates))
ema = list(itertools.accumulate([10, 12, 11, 15, 14, 18], lambda prev, x: 0.3 * x + 0.7 * prev))
print(ema)
pairs = list(itertools.pairwise(data))
print([b - a for a, b in pairs], sum(abs(b - a) for a, b in pairs), list(itertools.starmap(pow, [(2, 5), (3, 2), (10, -1)])))
print(list(itertools.islice(itertools.count(0.5, 0.25), 6)), list(itertools.islice(itertools.count(Fraction(1, 3), Fraction(1, 3)), 4)))
print(sum(itertools.compress(data, [1, 0] * 6)), list(itertools.takewhile(lambda x: x < 5, data)), list(itertools.filterfalse(lambda x: x % 2, data)))
print(max(itertools.combinations(data[:6], 3), key=sum), sum(1 for _ in itertools.permutations(range(5), 3)), math.perm(5, 3))
print(functools.reduce(lambda acc, x: acc + [acc[-1] + x], data, [0])[-3:], sorted(set(itertools.accumulate(data, operator.sub))))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
