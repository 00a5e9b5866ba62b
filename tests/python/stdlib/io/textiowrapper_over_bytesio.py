import io, sys
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\n")
print(w.write("héllo\n"), w.tell())
w.flush()
print(w.buffer.getvalue(), repr(w), w.encoding, w.errors, w.closed)
r = io.TextIOWrapper(io.BytesIO("a\nb\r\nc\rd".encode()), encoding="utf-8")
print(r.readlines())
r = io.TextIOWrapper(io.BytesIO("a\nb\r\nc\rd".encode()), encoding="utf-8", newline="")
print(r.readlines())
r = io.TextIOWrapper(io.BytesIO("a\nb\r\nc\rd".encode()), encoding="utf-8", newline="\r")
print(r.readlines())
r = io.TextIOWrapper(io.BytesIO("ünï\ncode\nlines\n".encode()), encoding="utf-8")
print(repr(r.read(2)), r.tell(), repr(r.readline()), r.tell(), [l for l in r])
r.seek(0)
print(repr(r.read()), r.seekable(), r.readable(), r.writable())
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="latin-1", errors="replace")
t.write("caf\u00e9 \u2603\n")
t.flush()
print(b.getvalue())
t2 = io.TextIOWrapper(io.BytesIO(b"\xff\xfeabc"), encoding="utf-8", errors="replace")
print(repr(t2.read()))
t3 = io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8")
try:
    t3.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    io.TextIOWrapper(io.BytesIO(), encoding="nope")
except LookupError as e:
    print(type(e).__name__, e)
try:
    io.TextIOWrapper(io.BytesIO(), newline="x")
except ValueError as e:
    print(type(e).__name__, e)
t4 = io.TextIOWrapper(io.BytesIO(b"data"), encoding="ascii")
t4.close()
print(t4.closed)
try:
    t4.read()
except ValueError as e:
    print(type(e).__name__, e)
try:
    t4.name
except AttributeError as e:
    print(type(e).__name__)
with io.TextIOWrapper(io.BytesIO("x,y\n1,2\n".encode("utf-16")), encoding="utf-16") as f:
    import csv
    print(list(csv.reader(f)))
print(isinstance(w, io.TextIOWrapper), isinstance(w, io.TextIOBase), type(w).__name__)
t5 = io.TextIOWrapper(io.BytesIO(b"abc\ndef\n"), encoding="utf-8")
print(t5.readline(2), t5.readline(), t5.readline(10), repr(t5.readline()))
t6 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n")
print(t6.write("a\nb\n"), t6.buffer.getvalue() if not t6.flush() else 0)
