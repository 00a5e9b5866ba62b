# Classic set exercises: operations on literal sets of numbers, membership, comprehension.
primes = {2, 3, 5, 7, 11, 13, 17, 19}
evens = {0, 2, 4, 6, 8, 10, 12, 14, 16, 18}
odds = set(range(1, 20, 2))
squares = {x * x for x in range(10)}
print("primes:", primes)
print("evens:", evens)
print("odds:", odds)
print("squares:", squares)
print("union:", primes | evens)
print("intersection:", primes & odds, primes.intersection(evens))
print("difference:", odds - primes, primes - odds)
print("symmetric:", primes ^ odds)
print("subset:", {2, 3} <= primes, {2, 4} < evens, evens.issuperset({4, 8}), primes.isdisjoint({4, 6}))
a = {10, 20, 30, 40, 50}
b = {40, 50, 60, 70, 80}
print(a | b, a & b, a - b, b - a, a ^ b)
a.update([90, 100])
a.intersection_update({10, 90, 100, 999})
print(a)
b.difference_update({60})
b.symmetric_difference_update({70, 5})
print(b)
fruits = {"apple", "banana"}
print(len(fruits), "apple" in fruits, sorted(fruits | {"cherry"}))
nums = [4, 1, 4, 2, 8, 1, 9, 2, 16, 8]
unique = set(nums)
print(unique, len(unique), sorted(unique), sorted(unique, reverse=True))
print([n for n in {64, 32, 16, 8, 4, 2}])
for n in {1, 9, 17, 25}:
    print(n, end=" ")
print()
seen, dupes = set(), set()
for n in nums:
    (dupes if n in seen else seen).add(n)
print("dupes:", dupes, "seen:", seen)
print(frozenset({3, 11, 19}), frozenset([3, 11, 19]), {frozenset({1, 2}): "pair"})
multiples_3 = {n for n in range(1, 40) if n % 3 == 0}
multiples_5 = {n for n in range(1, 40) if n % 5 == 0}
print(multiples_3 & multiples_5, multiples_3 | multiples_5)
s = {100, 200, 300}
print(s.pop(), s, s.copy(), s.discard(999), s)
try:
    s.remove(999)
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
print(set(), frozenset(), {1} == frozenset({1}), set("aaa") == {"a"}, repr(set([0])))
print(max({3, 99, 12}), min({3, 99, 12}), sum({3, 99, 12}), sorted({-1, 5, -20}, key=abs))
empty = set()
empty.pop()
