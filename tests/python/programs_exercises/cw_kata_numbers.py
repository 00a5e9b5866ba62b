from math import isqrt, prod
from functools import reduce


def digital_root(n):
    return n if n < 10 else digital_root(sum(map(int, str(n))))


def persistence(n):
    k = 0
    while n >= 10:
        n = prod(int(d) for d in str(n))
        k += 1
    return k


def narcissistic(value):
    s = str(value)
    return value == sum(int(d) ** len(s) for d in s)


def find_outlier(integers):
    odds = [i for i in integers if i % 2]
    evens = [i for i in integers if not i % 2]
    return odds[0] if len(odds) == 1 else evens[0]


def multiples(n):
    return sum(x for x in range(n) if x % 3 == 0 or x % 5 == 0)


def is_prime(n):
    return n > 1 and all(n % d for d in range(2, isqrt(n) + 1))


def zeros(n):
    z = 0
    while n:
        n //= 5
        z += n
    return z


def next_bigger(n):
    d = list(str(n))
    for i in range(len(d) - 2, -1, -1):
        if d[i] < d[i + 1]:
            j = max(j for j in range(i + 1, len(d)) if d[j] > d[i])
            j = min((d[j], -j) for j in range(i + 1, len(d)) if d[j] > d[i])[1] * -1
            d[i], d[j] = d[j], d[i]
            d[i + 1:] = sorted(d[i + 1:])
            return int("".join(d))
    return -1


def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        rows.append([a + b for a, b in zip([0] + rows[-1], rows[-1] + [0])])
    return rows


def sum_of_intervals(iv):
    return len(set().union(*(range(a, b) for a, b in iv)))


def human_readable(seconds):
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"


def format_duration(seconds):
    if not seconds:
        return "now"
    units = [("year", 365 * 24 * 3600), ("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1)]
    parts = []
    for name, size in units:
        q, seconds = divmod(seconds, size)
        if q:
            parts.append(f"{q} {name}{'s' if q > 1 else ''}")
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


print([digital_root(n) for n in (16, 942, 132189, 493193)])
print([persistence(n) for n in (39, 999, 4, 277777788888899)])
print([n for n in range(100, 10000) if narcissistic(n)])
print(find_outlier([2, 4, 0, 100, 4, 11, 2602, 36]), find_outlier([160, 3, 1719, 19, 11, 13, -21]))
print(multiples(10), multiples(1000))
print([n for n in range(-3, 40) if is_prime(n)])
print(zeros(6), zeros(12), zeros(1000), zeros(10 ** 18))
print([next_bigger(n) for n in (12, 513, 2017, 9, 111, 531, 1234567890)])
for row in pascal(6):
    print(" ".join(map(str, row)).center(20))
print(sum_of_intervals([(1, 4), (7, 10), (3, 5)]), sum_of_intervals([(1, 5), (10, 20), (1, 6), (16, 19), (5, 11)]))
print([human_readable(s) for s in (0, 59, 60, 86399, 359999)])
print([format_duration(s) for s in (0, 1, 62, 120, 3600, 3662, 15731080, 132030240)])
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3]), reduce(max, [3, 9, 2]), sum(range(101)), prod(range(1, 21)))
