def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), len(paths.cache))
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0
    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
        else:
            self.misses += 1
            value = compute(key)
            if len(self.data) >= self.capacity:
                oldest = next(iter(self.data))
                del self.data[oldest]
        self.data[key] = value
        return value
lru = LRU(3)
for k in [1, 2, 3, 1, 4, 2, 5, 1, 1, 3]:
    lru.get(k, lambda x: x * x)
print(list(lru.data.items()), lru.hits, lru.misses)
@memoize
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("python", "python")]:
    print(a, b, edit_distance(a, b))
