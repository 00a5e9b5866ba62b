def categorize(v):
    match v:
        case int() | float() as n if n < 0:
            return f"negative {n}"
        case [int() as a, int() as b] as pair:
            return f"int pair {pair} sum {a + b}"
        case (str() as s) if len(s) > 3:
            return "long string"
        case str(s):
            return "short string " + s
        case _:
            return "?"
for v in [-5, -1.5, [1, 2], [1, "x"], "hello", "hi", 3]:
    print(repr(v), categorize(v))
