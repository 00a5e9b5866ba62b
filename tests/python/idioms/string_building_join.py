parts = []
for i in range(1, 6):
    parts.append(f"item{i}")
print(", ".join(parts))
lines = []
for row in range(1, 4):
    lines.append(" ".join(str(row * col).rjust(3) for col in range(1, 6)))
print("\n".join(lines))
s = ""
for ch in "abc":
    s += ch * 2
print(s)
csv = "\n".join(",".join(map(str, r)) for r in [(1, "a"), (2, "b")])
print(csv)
words = ["x", "y", "z"]
print(" and ".join(words), "".join(words).upper())
print(", ".join(words[:-1]) + " or " + words[-1])
print("".join([]) == "", "-".join("abc"))
print("\t".join(["a", "b"]).expandtabs(4) + "|")
