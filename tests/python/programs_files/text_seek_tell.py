# Text-mode seek/tell: opaque cookies, only seek(0, 1) / seek(0, 2) relative moves allowed.
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "t.txt")
    with open(p, "w", encoding="utf-8") as f:
        f.write("line one\nline two\nline three\n")

    with open(p, encoding="utf-8") as f:
        f.readline()
        pos = f.tell()
        print("tell after first line:", pos)
        second = f.readline()
        f.seek(pos)
        print(repr(second), f.readline() == second)
        print(f.seek(0, io.SEEK_END))
        print(f.seek(0, io.SEEK_CUR))
        try:
            f.seek(3, io.SEEK_CUR)
        except io.UnsupportedOperation as e:
            print(type(e).__name__, e)
        try:
            f.seek(-2, io.SEEK_END)
        except io.UnsupportedOperation as e:
            print(type(e).__name__, e)
        try:
            f.seek(-5)
        except ValueError as e:
            print(type(e).__name__, e)
        f.seek(0)
        print(repr(f.read(4)), f.tell())

    with open(p, "r+", encoding="utf-8") as f:
        f.seek(5)
        f.write("ONE")
        f.seek(0)
        print(f.read().splitlines())

    with open(p, "a", encoding="utf-8") as f:
        print("append starts at", f.tell())
        f.write("four\n")
        print("now at", f.tell())
    print(os.path.getsize(p))
