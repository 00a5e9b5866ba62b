sales = [120, 80, 150, 0, 95, 210, 60]
running = []
total = 0
for s in sales:
    total += s
    running.append(total)
print(running)
avg_so_far = [round(t / (i + 1), 1) for i, t in enumerate(running)]
print(avg_so_far)
window = 3
moving = [sum(sales[i - window + 1:i + 1]) / window for i in range(window - 1, len(sales))]
print([f"{m:.1f}" for m in moving])
pct = [f"{s / sum(sales):.1%}" for s in sales]
print(pct)
balance = 100
history = []
for change in [-20, 50, -200, 30]:
    if balance + change < 0:
        history.append(f"declined {change}")
        continue
    balance += change
    history.append(f"{change:+d} -> {balance}")
print("; ".join(history))
