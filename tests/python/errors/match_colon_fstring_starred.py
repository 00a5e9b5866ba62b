# 'match x' with no colon says "expected ':'" (CPython's invalid_match_stmt) while 'match(x)' and
# 'match [x]' stay expressions; a lone starred expression in an f-string field is refused as
# CPython 3.11's invalid_group refuses "(*a)"
for src in ["match x\n    case 1: pass", "match x, y\n    case 1: pass", "match x:\n    case 1: pass",
            "match(x)", "match [x]", "match -x", "match = 3", "match x y", "match x: pass",
            "x = (*a)", "x = (**a)", "(*a) = 1"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} @{e.lineno}:{e.offset} | {src!r}")
for src in ["f'{*a}'", "f'{**a}'", "f'{(*a)}'", "f'{*a, b}'", "f'{*a,}'"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} | {src!r}")
