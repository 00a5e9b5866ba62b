# Matching a nested JSON-like structure (tree evaluation).
def evaluate(node, env):
    match node:
        case {"op": "num", "value": int() | float() as v}:
            return v
        case {"op": "var", "name": str(name)}:
            return env[name]
        case {"op": "+" | "-" | "*" | "/" as op, "args": [left, right]}:
            a, b = evaluate(left, env), evaluate(right, env)
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
                case "/":
                    return a / b
        case {"op": "neg", "args": [arg]}:
            return -evaluate(arg, env)
        case {"op": "sum", "args": [*args]}:
            return sum(evaluate(a, env) for a in args)
        case {"op": op}:
            raise ValueError(f"unknown op {op!r}")
        case _:
            raise TypeError(f"bad node {node!r}")


tree = {"op": "+", "args": [
    {"op": "num", "value": 2},
    {"op": "*", "args": [{"op": "var", "name": "x"}, {"op": "neg", "args": [{"op": "num", "value": 3.5}]}]},
]}
print(evaluate(tree, {"x": 4}))
print(evaluate({"op": "sum", "args": [{"op": "num", "value": i} for i in range(5)]}, {}))
for bad in [{"op": "pow"}, [1, 2], {"op": "num", "value": "7"}]:
    try:
        evaluate(bad, {})
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
