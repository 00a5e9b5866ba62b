# re.compile with a pattern or flags of the wrong type fails where CPython's re._compile does: the
# cache lookup (unhashable), the pattern check, then the flags used with &; textwrap.dedent of a
# non-str fails in its first regex.
import re
for pat, flags in [("a", "x"), (5, 0), ([1], 0), (None, 0), (b"a", re.I), ("a", re.I | re.M), ("a", 2.5), ("a", None), (re.compile("a"), 0), (re.compile("a"), re.I), ("a", -1)]:
    try:
        p = re.compile(pat, flags)
        print(repr(pat), flags, "->", p.pattern, p.flags)
    except (TypeError, ValueError) as e:
        print(repr(pat), flags, type(e).__name__, e)
import textwrap
for t in ["  a\n  b", 5, b"  x", None, ["a"]]:
    try:
        print(repr(textwrap.dedent(t)))
    except TypeError as e:
        print(type(e).__name__, e)
