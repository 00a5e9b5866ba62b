# concurrent.futures: ThreadPoolExecutor map and submit/as_completed with deterministic results (the prime example on threads).
import concurrent.futures
import math
PRIMES = [112272535095293, 112582705942171, 112272535095293, 115280095190773, 115797848077099, 1099726899285419]
def is_prime(n):
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False
    sqrt_n = int(math.floor(math.sqrt(n)))
    for i in range(3, min(sqrt_n, 200000) + 1, 2):
        if n % i == 0:
            return False
    return True
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as executor:
    for number, prime in zip(PRIMES, executor.map(is_prime, PRIMES)):
        print('%d is prime: %s' % (number, prime))
def load(key):
    if key == 'bad':
        raise ValueError(f'cannot load {key}')
    return key.upper() * 2
keys = ['a', 'b', 'bad', 'c']
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
    future_to_key = {executor.submit(load, k): k for k in keys}
    results = {}
    for future in concurrent.futures.as_completed(future_to_key):
        k = future_to_key[future]
        try:
            results[k] = future.result()
        except Exception as exc:
            results[k] = f'{k!r} generated an exception: {exc}'
for k in keys:
    print(k, results[k])
with concurrent.futures.ThreadPoolExecutor() as ex:
    f = ex.submit(pow, 2, 10)
    print(f.result(), f.done(), f.cancelled(), f.exception())
    done, not_done = concurrent.futures.wait([ex.submit(sum, [1, 2]), ex.submit(len, 'abc')])
    print(sorted(x.result() for x in done), not_done)
    print(list(ex.map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
    g = ex.submit(load, 'bad')
    try:
        g.result()
    except ValueError as e:
        print('ValueError:', e, type(g.exception()).__name__)
f = concurrent.futures.Future()
print(f.done(), f.set_result(5), f.result(), f.done())
ex = concurrent.futures.ThreadPoolExecutor()
ex.shutdown()
try:
    ex.submit(print)
except RuntimeError as e:
    print('RuntimeError:', e)
