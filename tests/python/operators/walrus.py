data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
i = 0
while (i := i + 1) < 4:
    print("loop", i)
def f():
    return [(last := v) for v in range(3)], last
print(f())
print((z := 5) + z)
