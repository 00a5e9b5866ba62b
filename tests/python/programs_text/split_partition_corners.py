# str.split / rsplit / partition / rpartition with all their arguments
samples = ["a,b,,c", "  leading and   trailing  ", "", "one", "a--b--c--", "x\ty\nz\x0bw\x0cv\x1cu"]
for s in samples:
    print(repr(s))
    print("  split():", s.split())
    print("  split(','):", s.split(","))
    print("  split(None, 1):", s.split(None, 1))
    print("  rsplit(None, 1):", s.rsplit(None, 1))
    print("  split('--', 1):", s.split("--", 1))
    print("  rsplit('--', 1):", s.rsplit("--", 1))
    print("  split(maxsplit=0):", s.split(maxsplit=0))
    print("  rsplit(maxsplit=-1):", s.rsplit(maxsplit=-1))
    print("  partition('-'):", s.partition("-"))
    print("  rpartition('-'):", s.rpartition("-"))
print("   a b  ".split(" "))
print("   a b  ".rsplit(" ", 2))
print("a b c d".rsplit(maxsplit=2))
print("a b c d".split(sep=None, maxsplit=2))
print("\u2003wide\u3000space\u00a0nbsp".split())
for bad in ["", None]:
    try:
        print("abc".split(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".partition(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".split(",", "2")
except TypeError as e:
    print(type(e).__name__, e)
print(b"a,b,,c".split(b","), b"  x  y ".split(), b"k=v=w".partition(b"="))
print(b"a b c".rsplit(None, 1), bytearray(b"1:2:3").rpartition(b":"))
line = "key = value = more"
k, _, v = line.partition("=")
print(repr(k.strip()), repr(v.strip()))
path = "/usr/local/lib/python3.11/site.py"
print(path.rpartition("/")[2], path.rsplit("/", 2)[1:])
