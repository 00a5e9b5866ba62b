cache = {}
def ways(n):
    """Number of ways to climb n stairs taking 1, 2 or 3 steps."""
    if n < 0:
        return 0
    if n == 0:
        return 1
    if n in cache:
        return cache[n]
    cache[n] = ways(n - 1) + ways(n - 2) + ways(n - 3)
    return cache[n]

print([ways(i) for i in range(10)])
print(ways(60))
print(len(cache))

def memoize(fn):
    store = {}
    def inner(*args):
        if args in store:
            return store[args]
        store[args] = result = fn(*args)
        return result
    inner.store = store
    return inner

@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(10, 10), grid_paths(16, 16), len(grid_paths.store))
