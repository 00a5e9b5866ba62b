def run(code, data="", limit=100000):
    brackets, stack = {}, []
    for i, c in enumerate(code):
        if c == "[":
            stack.append(i)
        elif c == "]":
            if not stack:
                raise SyntaxError(f"unmatched ] at {i}")
            j = stack.pop()
            brackets[i], brackets[j] = j, i
    if stack:
        raise SyntaxError(f"unmatched [ at {stack[-1]}")
    tape = [0] * 300
    ptr = pc = steps = 0
    inp = list(data)
    out = []
    while pc < len(code):
        steps += 1
        if steps > limit:
            raise RuntimeError("step limit exceeded")
        c = code[pc]
        if c == ">":
            ptr += 1
        elif c == "<":
            ptr -= 1
        elif c == "+":
            tape[ptr] = (tape[ptr] + 1) % 256
        elif c == "-":
            tape[ptr] = (tape[ptr] - 1) % 256
        elif c == ".":
            out.append(chr(tape[ptr]))
        elif c == ",":
            tape[ptr] = ord(inp.pop(0)) if inp else 0
        elif c == "[" and tape[ptr] == 0:
            pc = brackets[pc]
        elif c == "]" and tape[ptr] != 0:
            pc = brackets[pc]
        pc += 1
    return "".join(out), steps

hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
print(repr(run(hello)[0]), run(hello)[1])
rev = ">,[>,]<[.<]"
print(run(rev, "stressed")[0])
add = ",>,[<+>-]<------------------------------------------------."
print(run(add, "34")[0])
for bad in ["[[]", "]", "+[]"]:
    try:
        run(bad, limit=500)
        print(bad, "ok")
    except (SyntaxError, RuntimeError) as e:
        print(bad, type(e).__name__, e)
