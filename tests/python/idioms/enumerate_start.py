fruits = ["apple", "banana", "cherry"]
for i, fruit in enumerate(fruits, start=1):
    print(f"{i}. {fruit}")
for idx, ch in enumerate("abc", 10):
    print(idx, ch, end="; ")
print()
pairs = list(enumerate(["x", "y"]))
print(pairs)
lookup = {name: i for i, name in enumerate(fruits)}
print(lookup)
positions = [i for i, c in enumerate("mississippi") if c == "s"]
print(positions)
e = enumerate("hi")
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("exhausted")
