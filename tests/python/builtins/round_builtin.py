print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(125, -1), round(135, -1))
print(round(3.14159, 3), round(-3.14159, 1), round(7), round(7.0), type(round(7.5)).__name__, type(round(7.5, 1)).__name__)
print(round(1234, -2), round(-1250, -2), round(0.1 + 0.2, 10), round(1e20, 2))
