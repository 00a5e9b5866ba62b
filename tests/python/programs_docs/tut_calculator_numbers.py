# Tutorial 3.1.1: the interpreter as a calculator, numbers.
print(2 + 2)
print(50 - 5 * 6)
print((50 - 5 * 6) / 4)
print(8 / 5)
print(17 / 3, 17 // 3, 17 % 3, 5 * 3 + 2)
print(5 ** 2, 2 ** 7)
width = 20
height = 5 * 9
print(width * height)
print(4 * 3.75 - 1)
tax = 12.5 / 100
price = 100.50
total = price * tax
print(total)
print(round(price + total, 2))
print(-3 ** 2, (-3) ** 2)
print(3 + 5j, (1 + 2j) * (3 - 1j), abs(3 + 4j))
print(7 // -2, -7 // 2, 7 % -2, -7 % 2)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == round(0.3, 10))
print(1e3, 1.5e-7, 123456789.0 * 1e10, 2 ** 100)
print(int('42') + float('0.5'), int(3.99), int(-3.99), float('inf') > 10 ** 300)
