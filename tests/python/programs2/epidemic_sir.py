def sir(population, infected, beta, gamma, days, vaccinate_per_day=0):
    s, i, r = population - infected, float(infected), 0.0
    rows = []
    for day in range(days + 1):
        rows.append((day, s, i, r))
        new_inf = beta * s * i / population
        new_rec = gamma * i
        vac = min(vaccinate_per_day, s - new_inf) if vaccinate_per_day else 0
        s -= new_inf + vac
        i += new_inf - new_rec
        r += new_rec + vac
    return rows

def summary(rows):
    peak = max(rows, key=lambda row: row[2])
    return peak[0], peak[2], rows[-1][3]

rows = sir(10000, 10, beta=0.3, gamma=0.1, days=160)
print(f"{'day':>4}{'S':>9}{'I':>9}{'R':>9}")
for day, s, i, r in rows[::20]:
    print(f"{day:>4}{s:>9.0f}{i:>9.0f}{r:>9.0f}")
for label, kwargs in [("baseline", {}), ("distancing", {"beta": 0.18}), ("vaccines", {"vaccinate_per_day": 50})]:
    params = {"beta": 0.3, "gamma": 0.1}
    params.update(kwargs)
    peak_day, peak_i, final_r = summary(sir(10000, 10, days=160, **params))
    r0 = params["beta"] / params["gamma"]
    print(f"{label:<11} R0={r0:.1f} peak day {peak_day:3d} with {peak_i:7.1f} infected, recovered {final_r:7.1f}")
