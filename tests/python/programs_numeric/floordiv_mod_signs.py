# Floor division and modulo with every sign combination, ints and floats.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (1, 10**20), (-1, 10**20)]
for a, b in pairs:
    print(f"{a:>5} // {b:<22} = {a // b:>4}   {a} % {b} = {a % b}   divmod={divmod(a, b)}")

fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (0.0, -3), (-0.0, 3), (1e308, 1e-308), (5, 0.3)]
for a, b in fpairs:
    q, r = divmod(a, b)
    print(repr(a), repr(b), '->', repr(a // b), repr(a % b), (repr(q), repr(r)))

print(repr(-0.0 % 5), repr(0.0 % -5), repr(-1e-300 % 1.0), repr(1e-300 % -1.0))
print(repr(float('inf') // 3) if False else 'skip')
for a, b in [(float('inf'), 3), (3, float('inf')), (-3, float('inf')), (float('nan'), 2)]:
    try:
        print(repr(a), repr(b), repr(a % b), repr(divmod(a, b)))
    except Exception as e:
        print(type(e).__name__, e)

for a, b in [(5, 0), (5.0, 0), (5, 0.0), (0, 0)]:
    for op in ('//', '%', 'divmod', '/'):
        try:
            if op == '//':
                r = a // b
            elif op == '%':
                r = a % b
            elif op == '/':
                r = a / b
            else:
                r = divmod(a, b)
            print(op, r)
        except ZeroDivisionError as e:
            print(repr(a), op, repr(b), type(e).__name__, e)

big = 3 ** 100
print(big // 7, big % 7, (-big) // 7, (-big) % 7)
print(divmod(-big, -(10 ** 20)))
print(big / 3 ** 98, (-big) / 7)
print(10 ** 400 // 10 ** 399, 7 / 2, -7 / 2, 1 / 3)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 400) / (10 ** 399))
print(True // 2, True % 2, -True // 2, divmod(True, -2))
