"""Perfect, abundant, deficient numbers; Armstrong (narcissistic) numbers; happy numbers."""


def divisors(n):
    return [d for d in range(1, n // 2 + 1) if n % d == 0]


def classify(n):
    s = sum(divisors(n))
    if s == n:
        return "perfect"
    return "abundant" if s > n else "deficient"


def is_armstrong(n):
    digits = str(n)
    return n == sum(int(d) ** len(digits) for d in digits)


def is_happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(c) ** 2 for c in str(n))
    return n == 1


print("perfect numbers under 10000:", [n for n in range(2, 10000) if sum(divisors(n)) == n])
counts = {}
for n in range(1, 101):
    kind = classify(n)
    counts[kind] = counts.get(kind, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print("armstrong:", list(filter(is_armstrong, range(1, 100000))))
happy = [n for n in range(1, 50) if is_happy(n)]
print("happy:", happy)
print("unhappy count:", 49 - len(happy))
for n in (6, 28, 12, 945, 7):
    ds = divisors(n)
    print(f"{n:4} {classify(n):<10} divisors={ds} sum={sum(ds)}")
print("first abundant odd:", next(n for n in range(1, 10000, 2) if classify(n) == "abundant"))
amicable = []
for a in range(2, 1500):
    b = sum(divisors(a))
    if b > a and sum(divisors(b)) == a:
        amicable.append((a, b))
print("amicable pairs:", amicable)
print(is_armstrong(153), is_armstrong(154), is_happy(7), is_happy(4))
