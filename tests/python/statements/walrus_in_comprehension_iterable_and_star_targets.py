# An assignment expression may not appear in a comprehension's iterable (any of its for clauses),
# and two starred targets in one unpacking are reported at the whole target.
cases = [
    "[i for i in (j := range(3))]",
    "{k: v for k, v in (pairs := {}).items()}",
    "[x for y in range(2) for x in (z := [y])]",
    "[i for i in [j for j in (w := 'ab')]]",
    "[i for i in (lambda: (q := 1))()]",
    "[(m := i) for i in range(2)]",
    "a, *b, *c = range(5)",
    "[p, *q, *r] = range(5)",
    "for d, *e, *f in []: pass",
    "x, (*g, *h) = 1, (2, 3)",
]
for source in cases:
    try:
        compile(source, "<case>", "exec")
        print("compiles:", source)
    except SyntaxError as e:
        print(f"{source!r}: {e.msg} (line {e.lineno}, columns {e.offset}-{e.end_offset})")

print([(n := i * i) for i in range(4)], n)
print([v for v in (lambda seq: [s for s in seq])("xy")])
