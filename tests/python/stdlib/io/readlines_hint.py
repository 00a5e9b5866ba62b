import io, tempfile, os
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    f.write("ab\ncd\nef\ngh\n")
for h in (-1, 0, 1, 2, 3, 4, 5, 6, 7, 100):
    print(h, open(p).readlines(h), open(p, "rb").readlines(h), io.StringIO("ab\ncd\nef\n").readlines(h), io.BytesIO(b"ab\ncd\nef\n").readlines(h))
    print(io.TextIOWrapper(io.BytesIO(b"ab\ncd\nef\n"), encoding="ascii").readlines(h))
os.remove(p); os.rmdir(d)
