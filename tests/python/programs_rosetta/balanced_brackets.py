import random

def balanced(s):
    depth = 0
    for ch in s:
        depth += 1 if ch == "[" else -1
        if depth < 0:
            return False
    return depth == 0

def balanced_multi(s, pairs={")": "(", "]": "[", "}": "{", ">": "<"}):
    stack = []
    for ch in s:
        if ch in "([{<":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack

rng = random.Random(42)
for n in range(8):
    s = "".join(rng.choice("[]") for _ in range(2 * n))
    print(f"{s!r:20} {'OK' if balanced(s) else 'NOT OK'}")
for s in ["([]{})", "([)]", "<{[()]}>", "((", "", "a(b)c", "}{"]:
    print(f"{s:10} -> {balanced_multi(s)}")
