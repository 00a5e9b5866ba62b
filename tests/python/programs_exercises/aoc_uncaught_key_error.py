# An AoC solution that crashes on an instruction it does not know
PROGRAM = ["inc a", "inc a", "tpl a", "hlf a", "jmp +2", "inc b", "dec a"]
regs = {"a": 0, "b": 0}
ops = {"inc": lambda v: v + 1, "tpl": lambda v: v * 3, "hlf": lambda v: v // 2}
pc = 0
while pc < len(PROGRAM):
    name, arg = PROGRAM[pc].split()
    if name == "jmp":
        pc += int(arg)
        continue
    regs[arg] = ops[name](regs[arg])
    print(pc, name, regs)
    pc += 1
