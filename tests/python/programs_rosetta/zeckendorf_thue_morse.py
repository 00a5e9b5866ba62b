from fractions import Fraction

def zeckendorf(n):
    if n == 0:
        return "0"
    fibs = [1, 2]
    while fibs[-1] <= n:
        fibs.append(fibs[-1] + fibs[-2])
    out = []
    for f in reversed(fibs[:-1]):
        if f <= n:
            out.append("1"); n -= f
        else:
            out.append("0")
    return "".join(out).lstrip("0")

print([zeckendorf(i) for i in range(21)])
tm = "0"
for _ in range(6):
    tm += tm.translate(str.maketrans("01", "10"))
print(tm)
print("".join(str(bin(n).count("1") % 2) for n in range(64)) == tm)

def van_der_corput(n, base=2):
    q, denom = Fraction(0), 1
    while n:
        denom *= base
        n, r = divmod(n, base)
        q += Fraction(r, denom)
    return q
print([str(van_der_corput(i)) for i in range(10)])
print([str(van_der_corput(i, 3)) for i in range(10)])
def hofstadter_q(n):
    q = [1, 1]
    while len(q) < n:
        q.append(q[-q[-1]] + q[-q[-2]])
    return q
q = hofstadter_q(100000)
print(q[:10], q[999], sum(q[i] < q[i - 1] for i in range(1, len(q))))
