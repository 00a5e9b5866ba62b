# nsmallest/nlargest with odd n and iterables fail as CPython's do: n == 1 uses min/max, n >= len
# sorts, otherwise the iterable is iterated and a bounded heap compares (item, order) pairs.
import heapq
for n in [0, 1, 2, 5, -1, 2.5, "2", None, True]:
    for data in [[5, 1, 4, 2], 5, "dcba", iter([3, 1, 2]), [], [1, "a", 2]]:
        for f in (heapq.nsmallest, heapq.nlargest):
            try:
                print(f.__name__, repr(n), type(data).__name__, f(n, data))
            except TypeError as e:
                print(f.__name__, repr(n), type(data).__name__, "TypeError:", e)
print(heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), heapq.nlargest(2, [(1, "x"), (1, "a"), (0, "z")]))
print(heapq.nsmallest(3, [2, 1, 2, 1], key=lambda x: -x), heapq.nlargest(1, [], key=abs))
