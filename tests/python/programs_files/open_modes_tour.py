# Tour of open() modes: w, r, a, x, r+, w+, a+, and binary variants.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "notes.txt")
    with open(path, "w") as f:
        n = f.write("first line\nsecond line\n")
        print("wrote", n, "chars; mode", f.mode, "closed?", f.closed)
    print("closed after with:", f.closed)

    with open(path) as f:
        print(repr(f.read()))

    with open(path, "a") as f:
        f.write("third line\n")
        print("tell after append:", f.tell())

    with open(path, "r") as f:
        for i, line in enumerate(f, 1):
            print(i, repr(line))

    try:
        with open(path, "x") as f:
            f.write("never")
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))

    fresh = os.path.join(tmp, "fresh.txt")
    with open(fresh, "x") as f:
        f.write("made with x")
    print(open(fresh).read())

    with open(path, "r+") as f:
        print("r+ read:", repr(f.readline()))
        f.seek(0)
        f.write("FIRST")
        f.seek(0)
        print("r+ after overwrite:", repr(f.read()))

    with open(path, "w+") as f:
        print("w+ starts empty:", repr(f.read()))
        f.write("abc\ndef\n")
        f.seek(0)
        print("w+ readback:", f.readlines())

    with open(path, "a+") as f:
        print("a+ position at start:", f.tell())
        f.write("ghi\n")
        f.seek(0)
        print("a+ readback:", repr(f.read()))

    with open(path, "rb") as f:
        data = f.read()
        print(type(data).__name__, data, f.mode)

    with open(path, "ab") as f:
        f.write(b"\x00\x01\xff")
    with open(path, "rb") as f:
        print(f.read()[-5:])

    for mode in ["rw", "rt+b", "xa", "z", ""]:
        try:
            open(path, mode)
        except ValueError as e:
            print(repr(mode), type(e).__name__, e)
