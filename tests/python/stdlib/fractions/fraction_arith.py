from fractions import Fraction as F
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(F(7, 2), F(2, 3)), a ** 2, a ** -2, F(-2, 3) ** -3)
print(F(4, 9) ** F(1, 2), 2 ** F(3), 2 ** F(1, 2), F(1, 4) ** 0.5)
print(a + 1, 1 - a, a * 1.5, 1.5 + a, a + 1j, 3 // F(2, 3), 3 % F(2, 3), -a, abs(F(-1, 2)), +a)
try:
    F(1, 2) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
total = F(0)
for i in range(1, 11):
    total += F(1, i)
print(total, float(total))
