import timeit

calls = []
n = [0]
# a fake clock that advances 1 ms per loop iteration keeps the result deterministic
t = timeit.Timer('n[0] += 1', timer=lambda: n[0] * 0.001, globals={'n': n})
number, taken = t.autorange(callback=lambda n, s: calls.append(n))
print(number, round(taken, 2), calls)
vals = timeit.repeat('a = 1 + 1', repeat=2, number=5)
print(len(vals))
steps = []
t2 = timeit.Timer(lambda: steps.append(1), setup=lambda: steps.append(0))
t2.timeit(number=3)
print(steps)
