from fractions import Fraction as F
import math
print(F(3.141592653589793).limit_denominator(1000), F(math.pi).limit_denominator(100), F('0.333').limit_denominator(10))
print(F(1, 3).limit_denominator(5), F(math.sqrt(2)).limit_denominator(), F(-7, 3).limit_denominator(2))
print(round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 2), round(F(-5, 2)), round(F(12345, 1), -2))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), int(F(-7, 2)), math.trunc(F(7, 2)), float(F(1, 3)))
try:
    F(1, 2).limit_denominator(0)
except ValueError as e:
    print('ValueError', e)
