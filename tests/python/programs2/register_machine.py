PROGRAM = """
    mov a 0
    mov b 1
    mov n 15
loop:
    out a
    mov t a
    add t b
    mov a b
    mov b t
    dec n
    jnz n loop
    mov x 10
count:
    dec x
    jnz x count
    out x
    halt
"""

def assemble(src):
    labels, code = {}, []
    for line in src.splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
        else:
            op, *args = line.split()
            code.append((op, args))
    return code, labels

def execute(code, labels, max_steps=10000):
    regs = {}
    out = []
    pc = steps = 0
    val = lambda a: int(a) if a.lstrip("-").isdigit() else regs.get(a, 0)
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise RuntimeError("too many steps")
        op, args = code[pc]
        pc += 1
        if op == "mov":
            regs[args[0]] = val(args[1])
        elif op == "add":
            regs[args[0]] = regs.get(args[0], 0) + val(args[1])
        elif op == "dec":
            regs[args[0]] -= 1
        elif op == "jnz":
            if val(args[0]) != 0:
                pc = labels[args[1]]
        elif op == "out":
            out.append(val(args[0]))
        elif op == "halt":
            break
        else:
            raise ValueError(f"unknown op {op}")
    return out, regs, steps

code, labels = assemble(PROGRAM)
print(len(code), "instructions, labels:", labels)
out, regs, steps = execute(code, labels)
print(out)
print(dict(sorted(regs.items())), steps)
try:
    execute(*assemble("x:\n jnz 1 x"), max_steps=50)
except RuntimeError as e:
    print("error:", e)
try:
    execute(*assemble("mul a 2"))
except ValueError as e:
    print("error:", e)
