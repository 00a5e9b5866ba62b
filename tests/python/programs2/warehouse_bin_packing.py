ITEMS = [("tv", 7), ("lamp", 2), ("desk", 9), ("chair", 4), ("books", 5), ("rug", 3),
         ("mirror", 6), ("boxes", 1), ("bike", 8), ("plant", 2), ("sofa", 10), ("fan", 3)]
CAPACITY = 12

def first_fit(items, cap):
    bins = []
    for name, size in items:
        if size > cap:
            raise ValueError(f"{name} ({size}) exceeds bin capacity {cap}")
        for b in bins:
            if b["free"] >= size:
                b["items"].append(name)
                b["free"] -= size
                break
        else:
            bins.append({"items": [name], "free": cap - size})
    return bins

def best_fit(items, cap):
    bins = []
    for name, size in items:
        fits = [b for b in bins if b["free"] >= size]
        if fits:
            b = min(fits, key=lambda b: b["free"])
            b["items"].append(name)
            b["free"] -= size
        else:
            bins.append({"items": [name], "free": cap - size})
    return bins

def report(label, bins):
    used = sum(CAPACITY - b["free"] for b in bins)
    print(f"{label}: {len(bins)} bins, utilisation {used / (len(bins) * CAPACITY):.1%}")
    for i, b in enumerate(bins, 1):
        fill = CAPACITY - b["free"]
        print(f"  bin {i}: [{'#' * fill}{'.' * b['free']}] {', '.join(b['items'])}")

report("first fit", first_fit(ITEMS, CAPACITY))
decreasing = sorted(ITEMS, key=lambda it: (-it[1], it[0]))
report("first fit decreasing", first_fit(decreasing, CAPACITY))
report("best fit decreasing", best_fit(decreasing, CAPACITY))
lower_bound = -(-sum(s for _, s in ITEMS) // CAPACITY)
print("lower bound:", lower_bound)
try:
    first_fit([("piano", 20)], CAPACITY)
except ValueError as e:
    print("error:", e)
