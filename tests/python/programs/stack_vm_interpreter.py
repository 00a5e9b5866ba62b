def run(code):
    stack, pc, out, env = [], 0, [], {}
    labels = {ins[1]: i for i, ins in enumerate(code) if ins[0] == "label"}
    steps = 0
    while pc < len(code):
        op, *args = code[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(args[0])
        elif op == "load":
            stack.append(env[args[0]])
        elif op == "store":
            env[args[0]] = stack.pop()
        elif op in ("add", "sub", "mul", "lt"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "lt": a < b}[op])
        elif op == "jmpif":
            if stack.pop():
                pc = labels[args[0]]
        elif op == "jmp":
            pc = labels[args[0]]
        elif op == "print":
            out.append(str(stack.pop()))
        elif op == "label":
            pass
        else:
            raise ValueError(f"bad op {op}")
    return out, steps, env
factorial = [
    ("push", 1), ("store", "acc"), ("push", 1), ("store", "i"),
    ("label", "loop"),
    ("load", "acc"), ("load", "i"), ("mul",), ("store", "acc"),
    ("load", "i"), ("push", 1), ("add",), ("store", "i"),
    ("load", "i"), ("push", 21), ("lt",), ("jmpif", "loop"),
    ("load", "acc"), ("print",),
]
out, steps, env = run(factorial)
print(out, steps, sorted(env.items()))
try:
    run([("push", 1), ("frobnicate",)])
except ValueError as e:
    print(e)
