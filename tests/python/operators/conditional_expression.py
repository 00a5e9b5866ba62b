for n in range(-1, 2):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
x = 5
y = x * 2 if x > 3 else x / 2
print(y)
print([a if a % 2 else -a for a in range(5)])
f = (lambda v: "big") if x > 10 else (lambda v: "small")
print(f(0))
