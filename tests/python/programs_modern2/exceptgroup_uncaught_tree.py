# The uncaught group: CPython prints a boxed tree; its last line closes the box.
def task(n):
    if n == 2:
        raise ExceptionGroup("sub", [TypeError(f"task {n}")])
    raise ValueError(f"task {n}")


errors = []
for n in range(3):
    try:
        task(n)
    except Exception as e:
        errors.append(e)
print(len(errors))
raise ExceptionGroup("tasks failed", errors)
