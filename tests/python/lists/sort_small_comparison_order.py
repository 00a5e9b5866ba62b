# Below 64 items CPython sorts by one run (count_run) plus a binary insertion sort, so a
# printing __lt__ and the TypeError of mixed types show the same pairs in the same order.
calls = []

class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v

for xs in ([3, 1, 2], [1, 2, 3, 0], [5, 4, 3, 9, 1], [2, 2, 1, 1, 3, 0, 7, 7, 4], list(range(10, 0, -1)) + [5]):
    calls.clear()
    r = sorted(K(x) for x in xs)
    print([k.v for k in r], len(calls), calls)
    calls.clear()
    sorted((K(x) for x in xs), reverse=True)
    print("  reverse:", calls)
for data in ([404, 200.0, "200", 301, None], [1, "a", 2], [3, 2, "x", 1], [None, 1], [1.5, 2, "b", "a"], ["b", 1]):
    try:
        sorted(data)
    except TypeError as e:
        print(type(e).__name__, e)
