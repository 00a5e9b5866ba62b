# TextIOWrapper: tell() is off while iterating with next() (until a seek or the end); a write after
# reading lands past the chunk that was read ahead (the end of a small file); text errors= handlers.
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "t.txt")
    with open(p, "w") as f:
        f.write("one\ntwo\nthree\n")
    with open(p) as f:
        next(f)
        try:
            f.tell()
        except OSError as e:
            print(type(e).__name__, e)
        f.seek(0)
        print(f.tell(), list(f), f.tell())
    with open(p, "r+") as f:
        print(repr(f.readline()))
        f.write("END\n")
        f.seek(0)
        print(f.read().split())
    with open(p, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
        f.write("café ✓\n")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, "wb") as f:
        f.write(b"a\xffb\r\nc\rd\n")
    with open(p, errors="surrogateescape", newline=None) as f:
        print(ascii(f.read()), f.newlines)
    with open(p, errors="backslashreplace") as f:
        print(f.readline(), end="")
        print(f.newlines)
    t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    t.write("pending")
    print(t.buffer.getvalue())
    t.flush()
    print(t.buffer.getvalue(), t.detach().getvalue())
