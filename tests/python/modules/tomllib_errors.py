"""tomllib errors: redefinitions, immutable inline tables and arrays, bad values, strings and escapes, with their line and column."""
import tomllib, io
bad = [
    "a = ", "a = 1\nb = ", "= 1", "a", "a = 1 b = 2", "a = 1\na = 2", "a.b = 1\na.b = 2", "a = 1\na.b = 2",
    "[a]\n[a]", "[a]\nb = 1\n[a]", "a.b = 1\n[a]", "a.b = 1\n[a.b]", "[a.b]\n[a]\nb.c = 1", "[a]\nb.c = 1\n[a.b]",
    "a = {b = 1}\n[a]", "a = {b = 1}\n[a.c]", "a = {b = 1}\na.c = 2", "a = [1]\n[[a]]", "[[a]]\n[a]", "[a]\n[[a]]",
    "a = {b = {c = 1}, b.d = 2}", "a = {b = 1, b = 2}", "a = {b = 1,}", "a = {b = 1\n}", "a = {", "a = [1, 2", "a = [1 2]",
    "a = [,]", "a = \"abc", "a = 'abc", "a = \"\"\"abc", "a = '''abc", "a = \"a\\qb\"", "a = \"\\u12\"", "a = \"\\uD800\"",
    "a = \"\\U00110000\"", "a = \"tab\there\"", "a = \"ctrl\x01\"", "a = 'ctrl\x01'", "# comment \x01\n", "a = 01", "a = 1__0",
    "a = _1", "a = 1_", "a = 0x", "a = +0x10", "a = 1.", "a = .5", "a = 1e", "a = 1.5e_3", "a = Inf", "a = tru", "a = 1979-13-01",
    "a = 1979-02-30", "a = 1979-05-27T25:00:00", "a = 1979-05-27T07:32", "a = 07:32", "[a", "[[a]", "[[a]\nb = 1", "[]", "[a.]",
    "a.", "a. = 1", "\"a\nb\" = 1", "a = 1\r\nb = 2\r", "a\r= 1", "a = \"x\" # ok\nb = 'y' garbage", "[a] b = 1", "[ a ] # c\n[b]x",
    "key = # INVALID", "first = \"Tom\" last = \"Preston-Werner\"", "a = '''x'''''' ", "a = \"\"\"x\"\"\"\"\"\" ",
    "[fruit]\napple = \"red\"\n[fruit.apple]", "[fruit.apple]\n[fruit]\napple.color = 'x'", "a = [{b = 1}]\n[a.c]",
    "[[a]]\nb = 1\n[a.b]", "a = \"\\\n\"", "a = \"\"\"\\ x\n\"\"\"", "a = 1979-05-27T07:32:00+25:00", "a = true false",
]
for doc in bad:
    try:
        print(repr(doc), "->", tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), "->", e)
for obj in [b"a = 1"]:
    try: tomllib.loads(obj)
    except TypeError as e: print("TypeError", e)
try: tomllib.load(io.StringIO("a = 1"))
except TypeError as e: print("TypeError", e)
try: tomllib.loads("a = 1.5", parse_float=lambda s: [s])
except ValueError as e: print(type(e).__name__, e)
for doc in ["[a]\n[a", "a = '''x\x01y", "a = 'x", "a = {b = {c = 1}, b.d.e = 2}", "a = {b.c = 1, b.c = 2}", "a = {b.c = 1, b = 2}", "a = \"\\U0010FFFF\\u00e9\"",
            "[a]\nb = {}\n[a.b.c]", "[[a.b]]\n[a]\nc = 1\n[[a.b]]", "[x]\n[[x.y]]\n[x.y.z]\n[[x.y]]\n[x.y.z]"]:
    try:
        print(repr(doc), "->", tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), "->", e)
