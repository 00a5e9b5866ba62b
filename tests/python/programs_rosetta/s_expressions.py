import re
TERM = re.compile(r'\s*(?:(?P<open>\()|(?P<close>\))|(?P<num>-?\d+\.\d*|-?\d+)|(?P<str>"[^"]*")|(?P<sym>[^(^)\s]+))')

def parse(text):
    stack = [[]]
    for m in TERM.finditer(text):
        kind = m.lastgroup
        v = m.group(kind)
        if kind == "open":
            stack.append([])
        elif kind == "close":
            done = stack.pop()
            stack[-1].append(done)
        elif kind == "num":
            stack[-1].append(float(v) if "." in v else int(v))
        elif kind == "str":
            stack[-1].append(v[1:-1])
        else:
            stack[-1].append(v)
    return stack[0][0]

def dump(x):
    if isinstance(x, list):
        return "(" + " ".join(map(dump, x)) + ")"
    if isinstance(x, str) and (" " in x or not x):
        return f'"{x}"'
    return str(x)

src = '''((data "quoted data" 123 4.5)
 (data (!@# (4.5) "(more" "data)")))'''
tree = parse(src)
print(tree)
print(dump(tree))
print(parse(dump(tree)) == tree)
