it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
print(list(iter("abc")), list(iter(range(3))), sorted(iter({3, 1, 2})))
values = [5, 4, 0, 3]
def pop(): return values.pop()
print(list(iter(pop, 0)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
d = {"a": 1, "b": 2}
print(list(iter(d)))
try:
    next([1])
except TypeError as e:
    print(e)
