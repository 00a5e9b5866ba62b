import array

a = array.array("i", range(10))
a[::2] = array.array("i", [0] * 5)
print(a)
a[1::3] = array.array("i", [7, 8, 9])
print(a)
for target, value in (("::2", [1]), ("1::4", [1, 2, 3]), ("::-1", [])):
    start, stop, step = (int(x) if x else None for x in target.split(":"))
    try:
        a[slice(start, stop, step)] = array.array("i", value)
    except ValueError as e:
        print("ValueError", e)
a[2:5] = array.array("i", [5])
print(a)
a[::1] = array.array("i", [1, 2])
print(a)
try:
    a[::2] = [1]
except TypeError as e:
    print("TypeError", e)
