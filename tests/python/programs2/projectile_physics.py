import math

G = 9.81

def trajectory(speed, angle_deg, dt=0.01, drag=0.0):
    a = math.radians(angle_deg)
    vx, vy = speed * math.cos(a), speed * math.sin(a)
    x = y = t = 0.0
    max_y = 0.0
    while True:
        v = math.hypot(vx, vy)
        ax = -drag * v * vx
        ay = -G - drag * v * vy
        nx, ny = x + vx * dt, y + vy * dt
        vx += ax * dt
        vy += ay * dt
        t += dt
        if ny < 0:
            frac = y / (y - ny)
            return x + (nx - x) * frac, max_y, t - dt + dt * frac
        x, y = nx, ny
        max_y = max(max_y, y)

def analytic(speed, angle_deg):
    a = math.radians(angle_deg)
    return speed ** 2 * math.sin(2 * a) / G, (speed * math.sin(a)) ** 2 / (2 * G), 2 * speed * math.sin(a) / G

print(f"{'angle':>5} {'range':>8} {'exact':>8} {'height':>7} {'time':>6} {'drag range':>11}")
for angle in (15, 30, 45, 60, 75):
    r, h, t = trajectory(20, angle)
    er, eh, et = analytic(20, angle)
    dr, _, _ = trajectory(20, angle, drag=0.02)
    print(f"{angle:>5} {r:>8.2f} {er:>8.2f} {h:>7.2f} {t:>6.2f} {dr:>11.2f}")

best = max(range(10, 81, 5), key=lambda a: trajectory(20, a, drag=0.02)[0])
print("best angle with drag:", best)
target = 30.0
lo, hi = 1.0, 45.0
for _ in range(40):
    mid = (lo + hi) / 2
    if analytic(20, mid)[0] < target:
        lo = mid
    else:
        hi = mid
print(f"angle to hit {target} m: {lo:.4f} degrees")
