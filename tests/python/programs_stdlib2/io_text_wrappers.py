import io
import os
import tempfile

raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-16", newline="\r\n")
w.write("line1\nline2\n")
w.flush()
print(raw.getvalue())
w.detach()
print(raw.closed)
r = io.TextIOWrapper(io.BytesIO(b"caf\xc3\xa9\nna\xc3\xafve\n"), encoding="utf-8")
print(r.readline(), r.readline(), repr(r.readline()))
bad = io.TextIOWrapper(io.BytesIO(b"ok \xff bad"), encoding="utf-8", errors="replace")
print(bad.read())
strict = io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8")
try:
    strict.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
esc = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="backslashreplace")
esc.write("naïve ✓")
esc.flush()
print(esc.buffer.getvalue())
try:
    enc = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    enc.write("é")
    enc.flush()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "mixed.txt")
    with open(p, "wb") as f:
        f.write(b"a\r\nb\rc\nd")
    with open(p, newline=None) as f:
        print(repr(f.read()), f.newlines)
    with open(p, newline="") as f:
        print(f.readlines())
    with open(p, newline="\r") as f:
        print(f.readlines())
    with open(p, "w", newline="\r\n") as f:
        f.write("x\ny\n")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, "r+") as f:
        f.seek(0, io.SEEK_END)
        f.write("z")
        f.seek(0)
        print(repr(f.read()), f.tell())
    with open(p, "a+") as f:
        print(repr(f.read()), f.tell())
        f.seek(0)
        print(repr(f.readline()))
    with open(p, "rb", buffering=0) as f:
        print(type(f).__name__, f.read(3), f.readall())
    with open(p, "rb") as f:
        print(type(f).__name__, f.peek(1)[:1], f.read1(2), f.tell())
    with open(p, "w", encoding="utf-8") as f:
        print(type(f).__name__, f.name == p, f.mode, f.encoding, f.line_buffering, f.writable(), f.readable())
    try:
        open(p, "rw")
    except ValueError as e:
        print("ValueError", e)
    try:
        open(p, "rb", encoding="utf-8")
    except ValueError as e:
        print("ValueError", e)
    try:
        open(p, "w", newline="x")
    except ValueError as e:
        print("ValueError", e)
    try:
        open(p, "wb", buffering=0).write("text")
    except TypeError as e:
        print("TypeError", e)
s = io.StringIO()
print("to stringio", 1, 2, sep="|", end="!\n", file=s)
print(repr(s.getvalue()))
lines = io.StringIO("a\nb\nc")
print(list(map(str.rstrip, lines)), lines.read(), lines.tell())
