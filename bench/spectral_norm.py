"""Spectral norm of an infinite matrix: float division, nested loops, function calls."""
import sys


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, n):
    return [sum(a(i, j) * v[j] for j in range(n)) for i in range(n)]


def mul_atv(v, n):
    return [sum(a(j, i) * v[j] for j in range(n)) for i in range(n)]


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def main(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = sum(ui * vi for ui, vi in zip(u, v))
    vv = sum(vi * vi for vi in v)
    print("spectral norm(%d) = %.9f" % (n, (vbv / vv) ** 0.5))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
