# tomllib refuses invalid documents with CPython's messages and positions
import tomllib

BAD = [
    'x = ', 'x', '= 1', 'a = 1\na = 2', '[t]\n[t]', '[t]\nx=1\n[t.x]', 'k = "unterminated',
    'v = 01', 'x = [1, 2', 'x = [1 2]', 'key = value', 'a = {x = 1', 'a = {x = 1, x = 2}',
    'a = {x = 1,}', 'a = "\\q"', 'a = "\\u12"', 'a = "\\uD800"', 'a = "tab\there"', 'a = "bell\x07"',
    "a = 'lit\x01'", 'a = 1 # c\x01', 'a = 2024-02-30', 'a = 2024-13-01', '[a]\nb = 1\n[a.b]',
    'a.b = 1\n[a]', 'a = [1]\n[[a]]', '[[a]]\n[a]', 'a = {b = 1}\na.c = 2', 'a = {b = {c = 1}}\n[a.b]',
    '[x', '[[x]', '[[x] ]', 'a = """abc', "a = '''abc", 'a = "line\nbreak"', '"key\n" = 1',
    'a = 1 b = 2', ' = 3', '[a.]', 'a..b = 1', 'a = +', 'a = 0x', 'a = 1__000', 'a = 1.', 'a = .5',
    'a = 1e', 'a = true1', 'a = TRUE', 'a = nan1', 'a = -inf x', '\ta = 1\n\t\tb = ', 'a = [\n1,\n2,\n# c\n',
    'a = """\\ x"""', 'x = 1\n\n\n   y = @', 'a = 1\r\nb = ?', 'a = "\\U0011FFFF"', 'a = 24:00:00',
]
for doc in BAD:
    try:
        r = tomllib.loads(doc)
        print(repr(doc), "->", r)
    except tomllib.TOMLDecodeError as e:
        print(f"{doc!r:30} {e}")
print(tomllib.TOMLDecodeError.__mro__, tomllib.TOMLDecodeError.__module__)
print(tomllib.__all__)
import io
try:
    tomllib.load(io.StringIO("a = 1"))
except TypeError as e:
    print(type(e).__name__, e)
print(tomllib.load(io.BytesIO("a = 'é'".encode())))
try:
    tomllib.loads("a = 1.5", parse_float=lambda s: [s])
except ValueError as e:
    print(type(e).__name__, e)
