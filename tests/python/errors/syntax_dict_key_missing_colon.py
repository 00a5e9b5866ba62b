# After "key: value," a key followed by anything but ':' is "':' expected after dictionary
# key" (pointing at the key's end); a missing comma elsewhere in the display stays
# "Perhaps you forgot a comma?".
sources = [
    "d = {'a': 1, 'b' 2}",
    "d = {'a': 1, 'b'}",
    "d = {1: 2, 3}",
    "d = {'a': 1,\n     'b' 2}",
    "d = {**base, 'b' 2}",
    "d = {'a': 1, 'b' 2, 'c': 3}",
    "d = {'b' 2}",
    "d = {'a': 1 'b': 2}",
    "d = {'a': 1, 'b': 2 3}",
    "d = {'a': 1, [1 2]: 3}",
    "d = {'a': 1, 'b':}",
    "s = {1, 2 3}",
]
for src in sources:
    try:
        compile(src, "<probe>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
