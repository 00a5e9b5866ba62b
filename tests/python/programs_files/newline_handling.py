# newline= on read and write: universal newlines, '', '\n', '\r\n', '\r'.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "nl.txt")
    with open(p, "wb") as f:
        f.write(b"unix\nwindows\r\nold mac\rend")

    for nl in [None, "", "\n", "\r\n", "\r"]:
        with open(p, newline=nl) as f:
            lines = f.readlines()
            print(repr(nl), lines, repr(f.newlines))

    with open(p) as f:
        print(repr(f.read()))
        print("newlines seen:", f.newlines)

    for nl in [None, "", "\n", "\r\n", "\r"]:
        with open(p, "w", newline=nl) as f:
            f.write("a\nb\r\nc\rd\n")
        with open(p, "rb") as f:
            print("write", repr(nl), f.read())

    try:
        open(p, newline="\t")
    except ValueError as e:
        print(type(e).__name__, e)

    with open(p, "wb") as f:
        f.write(b"x\r\ny\r\n")
    with open(p) as f:
        print(f.read().split("\n"))
    with open(p, newline="") as f:
        print([line for line in f])
    with open(p, "r", newline="\r\n") as f:
        print(f.read().splitlines(keepends=True))
