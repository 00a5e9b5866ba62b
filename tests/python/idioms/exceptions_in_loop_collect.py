inputs = ["10", "0", "abc", "5", None, "-2"]
results, problems = [], []
for raw in inputs:
    try:
        n = int(raw)
        if n < 0:
            raise ValueError(f"negative value {n}")
        results.append(100 // n)
    except ZeroDivisionError:
        problems.append((raw, "division by zero"))
    except (TypeError, ValueError) as e:
        problems.append((raw, f"{type(e).__name__}: {e}"))
print(results)
for raw, why in problems:
    print(f"{raw!r:>6} -> {why}")

def safe(fn, *args, default=None):
    try:
        return fn(*args)
    except Exception as e:
        return default if default is not None else type(e).__name__
print(safe(int, "3"), safe(int, "x"), safe(lambda: [][1]), safe(dict.__getitem__, {}, "k", default=0))
