s = ""
for i in range(5):
    s += str(i)
print(s, "-" * 10, "ab" * 3, 2 * "xy")
parts = []
for word in ["build", "with", "join"]:
    parts.append(word.upper())
print(" ".join(parts))
print("a" + "b" * 2 + "c")
