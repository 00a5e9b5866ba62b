# writelines, print(file=), and with-statements over several files at once.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "src.txt")
    dst = os.path.join(tmp, "dst.txt")
    log = os.path.join(tmp, "log.txt")
    with open(src, "w") as f:
        f.writelines(["one\n", "two\n", "three\n"])
        f.writelines(x + "\n" for x in ("four", "five"))
        print("six", "seven", sep=",", file=f)
        print(8, 9.5, None, True, file=f, end="!\n")

    with open(src) as fin, open(dst, "w") as fout, open(log, "w") as flog:
        for n, line in enumerate(fin, 1):
            fout.write(line.upper())
            print(f"{n:03d}: {len(line):2d} chars", file=flog)
    print(open(dst).read(), end="")
    print(open(log).read(), end="")

    with (open(src) as a,
          open(dst) as b):
        pairs = list(zip(a, b))
    for x, y in pairs[:3]:
        print(x.strip(), "->", y.strip())

    try:
        with open(src) as a, open(os.path.join(tmp, "missing.txt")) as b:
            print("unreachable")
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror, os.path.basename(e.filename))
    print("a closed after failure:", a.closed)

    with open(dst, "w") as f:
        try:
            f.writelines([b"bytes"])
        except TypeError as e:
            print(type(e).__name__, e)
        try:
            f.write(42)
        except TypeError as e:
            print(type(e).__name__, e)
    with open(dst, "wb") as f:
        try:
            f.write("text")
        except TypeError as e:
            print(type(e).__name__, e)
        f.writelines([b"a", bytearray(b"b"), memoryview(b"c")])
    print(open(dst, "rb").read())
