def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]

print([factorial(i) for i in range(10)])
print(factorial(30))
print([fib(i) for i in range(15)])
print(fib(90))

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]

print(power_set([1, 2, 3]))

def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]

print(flatten([1, [2, [3, [4, [5]]]], 6]))
