s = "Python"
print(s[0], s[-1], s[2:4], s[:2], s[4:], s[::-1], s[::2], s[-3:-1], s[100:], s[1:100])
for i, c in enumerate(s):
    print(i, c, end="; ")
print()
try:
    s[0] = "J"
except TypeError as e:
    print(e)
print(s * 2, s + "!", len(s), "th" in s, s.index("h"))
