def sign(x):
    return "positive" if x > 0 else "negative" if x < 0 else "zero"
print([sign(v) for v in (5, -2, 0)])
name = ""
print(name or "anonymous")
print(None or 0 or [] or "last")
print(1 and 2 and 3, 1 and 0 and 3)
items = None
print(len(items or []))
d = {"a": 1}
print("a" in d and d["a"] > 0)
print("b" in d and d["b"] > 0)
x = 7
print("odd" if x & 1 else "even")
default = {"color": "red"}
user = {"size": "L"}
print({**default, **user})
val = user.get("color") or default["color"]
print(val)
print((lambda a, b: a if a > b else b)(3, 9))
