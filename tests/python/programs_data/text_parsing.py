log = """2024-05-01 12:00:01 INFO  user=alice action=login ip=10.0.0.1
2024-05-01 12:03:22 WARN  user=bob action=upload size=2048
2024-05-01 12:04:00 ERROR user=alice action=upload error="disk full"
2024-05-01 12:10:59 INFO  user=carol action=logout
malformed line here
2024-05-01 12:11:00 INFO  user=bob action=logout"""

def parse(line):
    date, time_, level, rest = line.split(maxsplit=3)
    fields = {}
    for tok in rest.split(" "):
        key, sep, val = tok.partition("=")
        if not sep:
            continue
        fields[key] = val.strip('"')
    return {"date": date, "time": time_, "level": level, **fields}

records = []
for n, line in enumerate(log.splitlines(), 1):
    try:
        records.append(parse(line))
    except ValueError as e:
        print(f"line {n}: {type(e).__name__}: {e}")
for r in records:
    print(r)
print("a,b,,c".split(","), "a b  c ".split(), "a b  c".split(" "), "  lead".split(None, 1), "x".split(","), "".split(","), "".split())
print("k=v=w".partition("="), "kvw".partition("="), "k=v=w".rpartition("="), "kvw".rpartition("="))
print("a.b.c.d".rsplit(".", 1), "a.b.c.d".split(".", 2), "1\n2\r\n3\r4\n".splitlines(), "1\n2\n".splitlines(keepends=True))
print("one\x0btwo\x0cthree\x1cfour\u2028five".splitlines())
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("  padded\t\n".strip(), "xxhixx".strip("x"), "www.example.com".lstrip("cmowz."), "data.csv".removesuffix(".csv"), "data.csv".removeprefix("x"))
print("tab\tsep\tvals".expandtabs(4), "a\tbc\td".expandtabs(), "Hello World".swapcase(), "hello wORLD's".title(), "ß".casefold(), "ß".upper())
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".center(9, "*"), "abc".ljust(2), "abc".rjust(6, "0"))
table = str.maketrans({"a": "4", "e": "3", "o": None})
print("hello there, bob".translate(table), "abc".translate(str.maketrans("ab", "xy", "c")))
print(", ".join(["x", "y"]), "-".join("abc"), "".join(map(str, range(5))))
try:
    ", ".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print("Mississippi".count("ss"), "Mississippi".find("ss", 3), "Mississippi".rfind("ss"), "Mississippi".index("i", 2), "abc".find("z"))
try:
    "abc".index("z")
except ValueError as e:
    print(type(e).__name__, e)
print("abc123".isalnum(), "123".isdigit(), "½".isnumeric(), "½".isdigit(), "Ab".istitle(), " ".isspace(), "".isalpha(), "a_1".isidentifier())
print("%s" % "caf\u00e9".encode("utf-8"), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"), b"caf\xc3\xa9".decode())
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("startswith", "report.pdf".endswith((".pdf", ".doc")), "report".startswith("port", 2), "abc".replace("", "-"), "aaa".replace("a", "b", 2))
levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(levels)
print(int(" 42 "), int("0x1f", 16), int("1_000"), float(" 1e3 "), float("-inf"), int("0b101", 0))
for bad in ["4 2", "", "1.5", "12abc", "١٢"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print(type(e).__name__, e)
float("1,5")
