from itertools import count, islice

def happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1

def harshad(n):
    return n % sum(map(int, str(n))) == 0

def kaprekar(n, base=10):
    if n == 1:
        return True
    sq = n * n
    s = str(sq)
    for i in range(1, len(s)):
        a, b = int(s[:i]), int(s[i:])
        if b and a + b == n:
            return True
    return False

def narcissistic(n):
    s = str(n)
    return n == sum(int(d) ** len(s) for d in s)

print("happy:", list(islice(filter(happy, count(1)), 8)))
print("harshad:", list(islice(filter(harshad, count(1)), 20)), next(n for n in count(1001) if harshad(n)))
print("kaprekar:", [n for n in range(1, 10000) if kaprekar(n)])
print("narcissistic:", [n for n in range(10 ** 4) if narcissistic(n)])
def digital_root(n):
    persistence = 0
    while n >= 10:
        n = sum(map(int, str(n)))
        persistence += 1
    return persistence, n
for n in (627615, 39390, 588225, 393900588225):
    print(n, digital_root(n))
