i = 0
while i < 3:
    print("i =", i)
    i += 1
else:
    print("else ran, i =", i)
j = 0
while True:
    j += 1
    if j == 5:
        break
else:
    print("not printed")
print("j =", j)
n = 10
while n > 0:
    n -= 3
    if n % 2:
        continue
    print("even", n)
k = 0
while k < 0:
    pass
else:
    print("else on zero iterations")
