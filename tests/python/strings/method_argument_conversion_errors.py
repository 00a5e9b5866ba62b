# Argument conversion errors of str/bytes methods as CPython's clinic words them: C int arguments
# (expandtabs, splitlines, hex's bytes_per_sep), maketrans converting y and z before looking at x,
# fromhex as a METH_O class method, and hex's separator checks in their order.
cases = [
    ("'a\\tb'.expandtabs(2 ** 40)", lambda: "a\tb".expandtabs(2 ** 40)),
    ("b'a'.expandtabs(2 ** 70)", lambda: b"a".expandtabs(2 ** 70)),
    ("'a\\nb'.splitlines(2 ** 40)", lambda: "a\nb".splitlines(2 ** 40)),
    ("'a\\nb'.splitlines(2)", lambda: "a\nb".splitlines(2)),
    ("str.maketrans(1, 2)", lambda: str.maketrans(1, 2)),
    ("str.maketrans(1, 'a')", lambda: str.maketrans(1, "a")),
    ("str.maketrans('a', 'b', 1)", lambda: str.maketrans("a", "b", 1)),
    ("str.maketrans(1, 'a', None)", lambda: str.maketrans(1, "a", None)),
    ("bytes.fromhex()", lambda: bytes.fromhex()),
    ("bytearray.fromhex('00', 1)", lambda: bytearray.fromhex("00", 1)),
    ("float.fromhex()", lambda: float.fromhex()),
    ("bytes.fromhex(string='00')", lambda: bytes.fromhex(string="00")),
    ("b'ab'.hex([])", lambda: b"ab".hex([])),
    ("b'ab'.hex((1,))", lambda: b"ab".hex((1,))),
    ("b'ab'.hex(1)", lambda: b"ab".hex(1)),
    ("b'ab'.hex('é')", lambda: b"ab".hex("é")),
    ("b'ab'.hex(bytearray(b':'))", lambda: b"ab".hex(bytearray(b":"))),
    ("b'ab'.hex(':', 'x')", lambda: b"ab".hex(":", "x")),
    ("b'ab'.hex((1,), 'x')", lambda: b"ab".hex((1,), "x")),
    ("b'abcd'.hex(':', 2 ** 40)", lambda: b"abcd".hex(":", 2 ** 40)),
    ("b'abcd'.hex(b'-', -3)", lambda: b"abcd".hex(b"-", -3)),
]
for text, f in cases:
    try:
        print(text, "->", repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(text, "->", type(e).__name__, e)
