from itertools import count, repeat, cycle, islice
c = count(5)
print(c, next(c), next(c), c)
print(count(), count(2, 3), count(1.5, 0.5), count(0, 1.0), count(10, -1))
print(list(islice(count(1.0, 0.25), 5)))
r = repeat('a', 3)
print(r, list(r), r)
print(repeat(7), repeat('x', -2), list(repeat('x', -2)))
print(list(map(pow, range(5), repeat(2))))
print(list(islice(cycle('ABC'), 8)), list(cycle([])))
print(list(zip(count(), 'xyz')))
try:
    count('a')
except TypeError as e:
    print("TypeError:", e)
