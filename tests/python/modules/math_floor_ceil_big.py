import math
print(math.floor(1e20), math.ceil(-1e20), math.floor(10 ** 30), math.isqrt(10 ** 40), math.factorial(30))
print(math.gcd(2 ** 100, 6 ** 50), math.comb(100, 50), math.log(10 ** 100), math.log2(2 ** 1000), math.log10(10 ** 200))
print(math.trunc(2.5), math.trunc(-2.5), math.floor(-0.5), math.ceil(-0.5))
