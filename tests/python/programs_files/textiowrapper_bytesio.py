# io.TextIOWrapper over io.BytesIO: encodings, newline translation, detach, line_buffering.
import io

raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
w.write("línea uno\nline two\n")
w.flush()
print(raw.getvalue())
print(w.encoding, w.errors, w.line_buffering, repr(w.newlines))

r = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), encoding="ascii")
print(r.readlines(), r.newlines)
r = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), encoding="ascii", newline="")
print(r.readlines())
r = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), encoding="ascii", newline="\r")
print(r.readlines())

data = "π≈3.14159 – ok".encode("utf-16")
t = io.TextIOWrapper(io.BytesIO(data), encoding="utf-16")
print(t.read())

bad = io.TextIOWrapper(io.BytesIO(b"ok\xffthen"), encoding="utf-8")
try:
    bad.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
soft = io.TextIOWrapper(io.BytesIO(b"ok\xffthen"), encoding="utf-8", errors="replace")
print(ascii(soft.read()))

buf = io.BytesIO()
tw = io.TextIOWrapper(buf, encoding="latin-1", errors="xmlcharrefreplace")
tw.write("price: 5€ ✓")
tw.flush()
print(buf.getvalue())
inner = tw.detach()
print(inner is buf, inner.getvalue())
try:
    tw.write("x")
except ValueError as e:
    print(type(e).__name__, e)

lb = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", line_buffering=True)
lb.write("no newline")
print(lb.buffer.getvalue())
lb.write(" now\n")
print(lb.buffer.getvalue())

rw = io.TextIOWrapper(io.BytesIO(b"first\nsecond\n"), encoding="utf-8")
print(rw.readline(), end="")
pos = rw.tell()
print(rw.readline(), end="")
rw.seek(pos)
print(rw.read(), end="")
rw.seek(0, io.SEEK_END)
rw.write("third\n")
rw.seek(0)
print(rw.read().splitlines())
print(repr(rw), rw.name if hasattr(rw, "name") else "no name")
