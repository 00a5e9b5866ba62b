"""io.TextIOWrapper(buffer, ...) over BytesIO and binary files: decoding, encodings with BOMs, newline translation, csv over it, name from the buffer, no mode, and argument errors."""
import io
raw = io.BytesIO("héllo\nwörld\r\nlast".encode("utf-8"))
t = io.TextIOWrapper(raw, encoding="utf-8")
print(t.readline(), end="")
print(repr(t.read()))
print(t.encoding, t.errors, t.seekable(), t.readable(), t.writable())
print(hasattr(t, "name"))
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-16", newline="\r\n")
w.write("a\nb\n")
w.flush()
print(b.getvalue())
w2 = io.TextIOWrapper(io.BytesIO(), encoding="latin-1", errors="replace")
w2.write("ç€")
w2.flush()
print(w2.buffer.getvalue())
r = io.TextIOWrapper(io.BytesIO(b"x\ny\n"), newline="")
print(list(r))
r = io.TextIOWrapper(io.BytesIO(b"1,2\r\n3,4\r\n"), encoding="ascii", newline="")
import csv
print(list(csv.reader(r)))
import tempfile, os
d = tempfile.mkdtemp(); p = os.path.join(d, "f.bin")
with open(p, "wb") as fb:
    tw = io.TextIOWrapper(fb, encoding="utf-8")
    tw.write("über\n")
    tw.flush()
    print(tw.name == p, repr(tw).startswith("<_io.TextIOWrapper name="), repr(tw).endswith("encoding='utf-8'>"))
    try:
        tw.mode
    except AttributeError as e:
        print("AttributeError", e)
    tw.detach() if hasattr(tw, "detach") and False else None
print(open(p, "rb").read())
t = io.TextIOWrapper(io.BytesIO(b"abc"))
t.close()
print(t.closed)
try:
    io.TextIOWrapper(io.BytesIO(), newline="x")
except ValueError as e:
    print("ValueError", e)
try:
    io.TextIOWrapper(io.BytesIO(), encoding="nope")
except LookupError as e:
    print("LookupError", e)
