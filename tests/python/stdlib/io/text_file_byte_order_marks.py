"""Text files in utf-16, utf-32 and utf-8-sig: one byte order mark at the start (none when appending), in little-endian order, and the signature skipped on reading."""
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "u.txt")
for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig", "latin-1"):
    with open(p, "w", encoding=enc) as f:
        f.write("héllo\n")
        f.write("wörld\n")
    raw = open(p, "rb").read()
    print(enc, raw[:6], len(raw), open(p, encoding=enc).read().splitlines())
with open(p, "w", encoding="utf-8-sig") as f:
    f.write("")
    f.write("a,b\n")
with open(p, "a", encoding="utf-8-sig") as f:
    f.write("c,d\n")
print(open(p, "rb").read())
with open(p, encoding="utf-8-sig") as f:
    print(repr(f.readline()), f.tell())
    f.seek(0)
    print(repr(f.read()))
print(repr(open(p, encoding="utf-8").read()))
with open(p, "w", encoding="utf-16") as f:
    f.write("x")
with open(p, "a", encoding="utf-16") as f:
    f.write("y")
print(open(p, "rb").read())
