s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2])
print(s[-100:100], s[5:2], s[20:])
t = "abcdefgh"
print(t[1:4], t[::-1], t[-2:], t[::3], t[6:1:-1])
print((1, 2, 3, 4)[1:3], b"hello"[1:3])
print(s[slice(1, 8, 3)], s[slice(None, None, -1)][:2])
u = s[:]
u[2:5] = ["a", "b"]
print(u)
u[::2] = range(len(u[::2]))
print(u)
del u[1::3]
print(u)
print(range(10)[2:8:2])
