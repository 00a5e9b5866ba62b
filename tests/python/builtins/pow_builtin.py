print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) == (-8) ** (1 / 3))
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(7, -1, 13), pow(-3, 3, 7))
print(pow(10, 30), pow(0, 0), pow(2, 0.5))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
