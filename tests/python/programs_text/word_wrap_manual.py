def wrap_greedy(text, width):
    lines, cur = [], ""
    for word in text.split():
        while len(word) > width:
            if cur:
                lines.append(cur)
                cur = ""
            lines.append(word[:width])
            word = word[width:]
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur += " " + word
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines
def wrap_balanced(words, width):
    n = len(words)
    INF = float("inf")
    cost = [0.0] + [INF] * n
    brk = [0] * (n + 1)
    for j in range(1, n + 1):
        length = -1
        for i in range(j, 0, -1):
            length += len(words[i - 1]) + 1
            if length > width:
                break
            c = cost[i - 1] + (0 if j == n else (width - length) ** 2)
            if c < cost[j]:
                cost[j], brk[j] = c, i - 1
    lines, j = [], n
    while j > 0:
        lines.append(" ".join(words[brk[j]:j]))
        j = brk[j]
    return lines[::-1], cost[n]
text = "Text processing exercises often ask for a word wrapper that minimises raggedness, which is a classic dynamic programming problem."
for w in (16, 24, 40):
    g = wrap_greedy(text, w)
    b, cost = wrap_balanced(text.split(), w)
    print(f"width {w}: greedy {len(g)} lines, balanced {len(b)} lines cost={cost:g}")
    for left, right in zip(g + [""] * (len(b) - len(g)), b + [""] * (len(g) - len(b))):
        print(f"  {left:<{w}} | {right:<{w}} |")
print(wrap_greedy("supercalifragilistic expialidocious", 8))
print(wrap_greedy("", 5), wrap_greedy("   ", 5), wrap_balanced([], 5))
