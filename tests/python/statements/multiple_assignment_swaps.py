a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
l = [10, 20, 30]
l[0], l[2] = l[2], l[0]
print(l)
i = 0
l2 = [5, 6]
i, l2[i] = 1, 99
print(i, l2)
x = y = []
x.append(1)
print(y, x is y)
fib = [0, 1]
for _ in range(8):
    fib.append(fib[-1] + fib[-2])
print(fib)
p, q = 0, 1
for _ in range(10):
    p, q = q, p + q
print(p)
