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
    for i in range(3, sqrt_n + 1, 2):
        if n % i == 0:
            return False
    return True

def small_is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))

def main():
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as executor:
        for number, prime in zip(PRIMES[:3], executor.map(small_is_prime, [2, 15, 97])):
            print('%d is prime: %s' % (number, prime))
        nums = list(range(1, 40))
        flags = list(executor.map(small_is_prime, nums, chunksize=5))
        print([n for n, f in zip(nums, flags) if f])
        fut = executor.submit(pow, 3, 4)
        print(fut.result())
        fut2 = executor.submit(divmod, 17, 0)
        try:
            fut2.result()
        except ZeroDivisionError as e:
            print(type(e).__name__, e)

if __name__ == '__main__':
    main()
