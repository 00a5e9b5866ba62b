from fractions import Fraction as F
a, b = F(1, 3), F(1, 6)
print(a == F(2, 6), a == 1/3, F(1, 2) == 0.5, a < 0.5, a > b, F(1) == 1, F(1, 2) != F(1, 3), F(3, 2) >= 1, F(1, 2) < float('inf'))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)), hash(F(-7, 11)), hash(F(10**20, 3)))
print(sorted([F(1, 2), F(1, 3), 0.4, 1]), {F(1, 2): 'half'}[0.5], max(F(2, 3), F(3, 4)))
