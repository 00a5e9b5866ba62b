def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    return n * 10

results, errors = [], []
for n in range(5):
    try:
        results.append(task(n))
    except ValueError as e:
        errors.append(e)
print(results, [str(e) for e in errors])
group = ExceptionGroup("some tasks failed", errors)
print(group.message, len(group.exceptions), str(group))
print(group.derive([ValueError("x")]))
print(repr(group.derive([ValueError("x")])))
raise group
