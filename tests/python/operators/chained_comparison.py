x = 5
print(1 < x < 10, 1 < x > 10, 1 < x < 3)
print(1 == 1 == 1, 1 == 1 != 2)
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(2) < f(0) < f(5))
print(calls)
print(0 <= x <= 5 <= 5)
print("a" < "b" < "c", [1] < [2] <= [2])
print(1 < 2 is not None)
print(2 in [1, 2] in [[1, 2]])
