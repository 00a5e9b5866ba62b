for x in [1, 3, 5]:
    if x % 2 == 0:
        print("found even")
        break
else:
    print("no even number")
for x in [1, 4, 5]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("unreachable")
for x in []:
    print("never")
else:
    print("empty loop else")
def primes(limit):
    out = []
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            out.append(n)
    return out
print(primes(30))
