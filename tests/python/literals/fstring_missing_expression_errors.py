# A replacement field with no expression: CPython 3.11 names the '!', ':' or '=' that came
# before any expression, and calls a field of only blanks empty.
sources = [
    "f'{!r}'",
    "f'{ !s}'",
    "f'{:>5}'",
    "f'{ :d}'",
    "f'{=}'",
    "f'{ = }'",
    "f'{!}'",
    "f'{}'",
    "f'{  }'",
    "f'x{1}{:y}'",
    "f'{1:{}}'",
    "f'{1:{:3}}'",
]
for src in sources:
    try:
        print(src, "->", eval(src))
    except SyntaxError as exc:
        print(src, "-> SyntaxError:", exc.msg)

value = 42
print(f"{value!r:>6}|{value=}|{value:03d}")
