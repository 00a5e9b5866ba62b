from fractions import Fraction as Fr

def bernoulli(n):
    a = [Fr(0)] * (n + 1)
    for m in range(n + 1):
        a[m] = Fr(1, m + 1)
        for j in range(m, 0, -1):
            a[j - 1] = j * (a[j - 1] - a[j])
    return a[0]

bs = [(i, bernoulli(i)) for i in range(41)]
width = max(len(str(b.numerator)) for _, b in bs)
for i, b in bs:
    if b:
        print(f"B({i:2}) = {b.numerator:>{width}} / {b.denominator}")
print(sum(b for _, b in bs[:10]), Fr(1, 3) + Fr(1, 6) == Fr(1, 2), Fr(3, -4), Fr(0.1), Fr("3/7") ** 2, Fr(2, 3) ** -2)
