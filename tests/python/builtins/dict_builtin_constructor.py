print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0))
print(dict(zip("abc", range(3))))
print(dict([["p", 1]]), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
