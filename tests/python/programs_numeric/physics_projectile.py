# Projectile and spring simulations with fixed time steps.
import math
g = 9.81
for angle in (15, 30, 45, 60, 75):
    v0 = 20.0
    vx, vy = v0 * math.cos(math.radians(angle)), v0 * math.sin(math.radians(angle))
    x = y = t = 0.0
    dt = 0.01
    peak = 0.0
    while True:
        x += vx * dt
        vy -= g * dt
        y += vy * dt
        t += dt
        peak = max(peak, y)
        if y < 0:
            break
    analytic = v0 ** 2 * math.sin(math.radians(2 * angle)) / g
    print(f"{angle:>2} deg range={x:8.3f} analytic={analytic:8.3f} peak={peak:7.3f} t={t:.2f}")
k, m = 4.0, 1.0
x, v = 1.0, 0.0
dt = 0.05
energies = []
for step in range(200):
    a = -k / m * x
    v += a * dt
    x += v * dt
    if step % 25 == 0:
        e = 0.5 * m * v * v + 0.5 * k * x * x
        energies.append(round(e, 6))
        print(f"step {step:>3} x={x:+.5f} v={v:+.5f} E={e:.6f}")
print(energies, max(energies) - min(energies))
def rk4(f, y, t, h):
    k1 = f(t, y)
    k2 = f(t + h / 2, y + h / 2 * k1)
    k3 = f(t + h / 2, y + h / 2 * k2)
    k4 = f(t + h, y + h * k3)
    return y + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
y, t = 1.0, 0.0
for i in range(10):
    y = rk4(lambda t, y: -2 * t * y, y, t, 0.1)
    t += 0.1
    print(f"t={t:.1f} y={y:.10f} exact={math.exp(-t * t):.10f}")
temps = [100.0]
for minute in range(1, 11):
    temps.append(temps[-1] + (-0.1) * (temps[-1] - 20) * 1.0)
print([f"{T:.2f}" for T in temps])
