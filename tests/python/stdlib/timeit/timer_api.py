import timeit

counter = {'n': 0}


def work():
    counter['n'] += 1


t = timeit.Timer(work)
elapsed = t.timeit(number=250)
print(type(elapsed).__name__, elapsed >= 0, counter['n'])
counter['n'] = 0
results = t.repeat(repeat=3, number=10)
print(len(results), all(r >= 0 for r in results), counter['n'])
print(timeit.default_timer is __import__('time').perf_counter)
print(timeit.default_number, timeit.default_repeat)
ns = {'data': list(range(5)), 'out': []}
timeit.timeit('out.append(sum(data))', number=3, globals=ns)
print(ns['out'])
timeit.timeit('x.append(len(x))', setup='x = []', number=4)
try:
    timeit.Timer(5)
except ValueError as e:
    print('ValueError:', e)
try:
    timeit.Timer('if')
except SyntaxError as e:
    print('SyntaxError')
fake = iter(range(100))
tm = timeit.Timer('pass', timer=lambda: next(fake))
print(tm.timeit(number=7))
