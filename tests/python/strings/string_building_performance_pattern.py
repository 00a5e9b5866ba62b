rows = []
for i in range(1, 6):
    rows.append("|".join(f"{i * j:3d}" for j in range(1, 6)))
print("\n".join(rows))
sep = "+" + "+".join(["---"] * 5) + "+"
print(sep)
