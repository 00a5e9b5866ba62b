def simulate(prey, pred, steps, dt=0.01, a=1.1, b=0.4, c=0.4, d=0.1):
    history = [(0.0, prey, pred)]
    t = 0.0
    for i in range(1, steps + 1):
        dprey = (a * prey - b * prey * pred) * dt
        dpred = (d * prey * pred - c * pred) * dt
        prey, pred = max(prey + dprey, 0.0), max(pred + dpred, 0.0)
        t = i * dt
        history.append((t, prey, pred))
    return history

hist = simulate(10.0, 10.0, 3000)
for t, x, y in hist[::300]:
    bar_x = "#" * int(x)
    bar_y = "*" * int(y)
    print(f"t={t:5.1f} prey={x:7.3f} pred={y:7.3f} {bar_x:<25}|{bar_y}")
peaks = [(round(hist[i][0], 2), round(hist[i][1], 2)) for i in range(1, len(hist) - 1)
         if hist[i - 1][1] < hist[i][1] > hist[i + 1][1]]
print("prey peaks:", peaks)
print("max predators:", round(max(h[2] for h in hist), 3))
print("min prey:", round(min(h[1] for h in hist), 3))
