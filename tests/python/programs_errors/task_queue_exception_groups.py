# Running a batch of tasks, collecting failures into an ExceptionGroup, then handling with except*.
def task(n):
    if n % 5 == 0:
        raise ValueError(f"task {n}: bad multiple of five")
    if n % 7 == 0:
        raise TypeError(f"task {n}: cannot handle sevens")
    if n == 11:
        raise KeyError(n)
    return n * n

def run_all(ns):
    results, errors = [], []
    for n in ns:
        try:
            results.append(task(n))
        except Exception as e:
            e.add_note(f"while running task {n}")
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(ns)} tasks failed", errors)
    return results

print(run_all([1, 2, 3]))
try:
    run_all(range(1, 16))
except ExceptionGroup as eg:
    print(repr(eg.message), len(eg.exceptions))
    for e in eg.exceptions:
        print("  ", type(e).__name__, e, e.__notes__)
    vals, rest = eg.split(ValueError)
    print("split:", repr(vals), "|", repr(rest))
    print("subgroup:", eg.subgroup(lambda e: isinstance(e, LookupError)))
    print(eg.subgroup(OSError))
    print(str(eg), "|", eg.args[0])

try:
    try:
        run_all(range(1, 16))
    except* ValueError as group:
        print("value errors:", [str(e) for e in group.exceptions])
    except* TypeError as group:
        print("type errors:", [str(e) for e in group.exceptions])
except* KeyError as group:
    print("outer got", repr(group))

nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
print(nested)
print(repr(nested))
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
print(nested.derive([KeyError("d")]))
for bad in [("msg", []), ("msg", "notalist"), (5, [ValueError()]), ("msg", [1])]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
bg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(bg).__name__, repr(bg))
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    ExceptionGroup("eg", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
raise ExceptionGroup("unhandled", [ValueError("v"), TypeError("t")])
