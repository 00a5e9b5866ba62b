def ev(expr):
    match expr:
        case ("num", n):
            return n
        case ("add", l, r):
            return ev(l) + ev(r)
        case ("mul", l, r):
            return ev(l) * ev(r)
        case ("neg", x):
            return -ev(x)
        case ("add" | "mul" as op, *args):
            raise ValueError(f"bad arity for {op}: {len(args)}")
print(ev(("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))))
try:
    ev(("add", ("num", 1)))
except ValueError as e:
    print(e)
print(ev(("unknown",)))
