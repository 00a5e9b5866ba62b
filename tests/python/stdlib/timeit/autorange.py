import timeit

calls = []
ticks = iter(x * 0.05 for x in range(1000))
t = timeit.Timer('pass', timer=lambda: next(ticks))
number, taken = t.autorange(callback=lambda n, s: calls.append(n))
print(number, round(taken, 2), calls)
vals = timeit.repeat('a = 1 + 1', repeat=2, number=5)
print(len(vals))
steps = []
t2 = timeit.Timer(lambda: steps.append(1), setup=lambda: steps.append(0))
t2.timeit(number=3)
print(steps)
