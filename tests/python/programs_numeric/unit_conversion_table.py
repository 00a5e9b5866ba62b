# Unit conversion tables with rounding and alignment.
conversions = {
    'km->mi': 0.621371, 'mi->km': 1.609344, 'kg->lb': 2.20462262, 'lb->kg': 0.45359237, 'l->gal': 0.264172052, 'in->cm': 2.54,
}
for name, factor in conversions.items():
    cells = [f"{v:>7g}={v * factor:<10.4f}" for v in (1, 2.5, 10, 42, 100)]
    print(f"{name:<7}", ' '.join(cells))
print(f"{'C':>6} {'F':>8} {'K':>8}")
for c in range(-40, 101, 20):
    f = c * 9 / 5 + 32
    k = c + 273.15
    print(f"{c:>6} {f:>8.1f} {k:>8.2f}")
for f in (-40, 0, 32, 98.6, 212, 451):
    c = (f - 32) * 5 / 9
    print(f"{f}F = {c:.2f}C = {round(c, 1)}C = {c!r}")
sizes = [0, 1, 1023, 1024, 1536, 10 ** 6, 2 ** 20, 5 * 2 ** 30 + 7, 2 ** 50]
def human(n):
    for unit in ('B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'):
        if abs(n) < 1024 or unit == 'PiB':
            return f"{n:.1f} {unit}" if unit != 'B' else f"{n} B"
        n /= 1024
print([human(s) for s in sizes])
speeds = [(100, 9.58), (200, 19.19), (400, 43.03), (800, 100.91), (1500, 206.0)]
for dist, t in speeds:
    v = dist / t
    print(f"{dist:>5} m in {t:>7.2f} s: {v:6.3f} m/s {v * 3.6:7.3f} km/h pace {1000 / v / 60:5.2f} min/km")
