a = list(range(10))
print(a[2:5], a[:3], a[-3:], a[::3], a[::-1], a[-2:1:-2])
b = a[:]
b[0] = 99
print(a[0], b[0])
a[2:5] = ["x"]
print(a)
a[:0] = [-1, -2]
print(a)
del a[::2]
print(a)
chunks = [list(range(10))[i:i + 3] for i in range(0, 10, 3)]
print(chunks)
s = "abcdefgh"
print(s[1:-1], s[100:], s[-100:2])
rotated = s[3:] + s[:3]
print(rotated)
print(a[len(a):], a[5:2])
