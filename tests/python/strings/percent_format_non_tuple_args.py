# The right operand of % that is not a tuple: a mapping is accepted (no error for extra), but
# str, bytes and bytearray are single arguments, so a template without specifiers complains.
cases = [
    ("x", b"y"), ("x", bytearray(b"y")), ("x", "y"), ("x", [1]), ("x", {"a": 1}),
    (b"x", "y"), (b"x", b"y"), (b"x", bytearray(b"y")), (b"x", [1]), (b"x", {"a": 1}),
    (bytearray(b"x"), "y"), (bytearray(b"x"), b"y"),
    ("%s", b"y"), (b"%s", b"y"), (b"%s", bytearray(b"y")), ("%(a)s", {"a": 1}), (b"%(a)s", {b"a": 2}),
]
for template, arg in cases:
    try:
        print(repr(template), repr(arg), "->", repr(template % arg))
    except TypeError as e:
        print(repr(template), repr(arg), "TypeError:", e)
