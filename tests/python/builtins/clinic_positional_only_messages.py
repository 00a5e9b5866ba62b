# Argument Clinic's order of complaints: too many positionals, then missing positional-only ones
# ("takes at least 1 positional argument"), then missing required ones, then keywords given twice
# or unknown.
calls = [
    "sum()", "sum(start=1)", "sum([1], 2, 3)", "exec()", "b''.translate()", "bytes.translate(b'')",
    "enumerate()", "enumerate(start=1)", "enumerate(iterable=[1], start=1, x=2)", "enumerate([1], iterable=[2])",
    "open(x=1)", "open()", "int.from_bytes()", "int.from_bytes(b'a', 'big', 'x')", "round()", "round(x=1)",
    "sorted()", "divmod(1)", "'a'.split(sep=',', x=1)", "'a,b'.split(',', sep=',')",
]
for c in calls:
    try:
        print(c, "->", list(eval(c)) if c.startswith("enumerate") else eval(c))
    except (TypeError, ValueError) as e:
        print(c, "->", type(e).__name__, e)
