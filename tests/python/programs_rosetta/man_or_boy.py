import sys
sys.setrecursionlimit(3000)

def A(k, x1, x2, x3, x4, x5):
    def B():
        nonlocal k
        k -= 1
        return A(k, B, x1, x2, x3, x4)
    return x4() + x5() if k <= 0 else B()

print([A(k, lambda: 1, lambda: -1, lambda: -1, lambda: 1, lambda: 0) for k in range(11)])

def mutual():
    def F(n): return 1 if n == 0 else n - M(F(n - 1))
    def M(n): return 0 if n == 0 else n - F(M(n - 1))
    return [F(n) for n in range(20)], [M(n) for n in range(20)]
print(*mutual(), sep="\n")
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(2500))
try:
    deep(10 ** 5)
except RecursionError as e:
    print("RecursionError:", e)
