readings = {
    "mon": [12.5, 14.1, 15.8, 13.2],
    "tue": [11.0, 10.4, 13.9, 14.4],
    "wed": [16.2, 18.9, 17.5, 15.0],
    "thu": [9.8, 8.7, 11.1, 10.0],
    "fri": [13.3, 14.6, 15.1, 16.8],
}
def c_to_f(c):
    return c * 9 / 5 + 32
summary = {}
for day, temps in readings.items():
    summary[day] = {
        "min": min(temps), "max": max(temps),
        "mean": round(sum(temps) / len(temps), 2),
        "range": round(max(temps) - min(temps), 1),
    }
for day, s in summary.items():
    print(f"{day}: min={s['min']:5.1f} max={s['max']:5.1f} mean={s['mean']:6.2f} ({c_to_f(s['mean']):.1f}F) range={s['range']}")
warmest = max(summary, key=lambda d: summary[d]["mean"])
coldest = min(summary, key=lambda d: summary[d]["mean"])
print("warmest", warmest, "coldest", coldest)
all_t = sorted(t for ts in readings.values() for t in ts)
print(len(all_t), all_t[:3], all_t[-3:], round(sum(all_t) / len(all_t), 3))
above = {d: [t for t in ts if t > 15] for d, ts in readings.items()}
print({d: v for d, v in above.items() if v})
print(" ".join(f"{d}:{'*' * int(s['mean'] - 8)}" for d, s in summary.items()))
