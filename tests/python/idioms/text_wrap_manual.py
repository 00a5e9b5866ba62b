text = ("Python is a programming language that lets you work quickly and "
        "integrate systems more effectively. It is easy to learn and fun to use.")
def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines
for w in (20, 35):
    print(f"--- width {w}")
    for line in wrap(text, w):
        print(f"|{line:<{w}}|")
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (i < r)) for i, w in enumerate(words[:-1])) + words[-1]
for line in wrap(text, 30):
    print("[" + justify(line, 30) + "]")
