# Mixing iteration with tell(), readline() and next() on text and binary files.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "lines.txt")
    with open(p, "w") as f:
        f.write("".join(f"line {i}\n" for i in range(6)))

    with open(p) as f:
        first = next(f)
        try:
            print(f.tell())
        except OSError as e:
            print(type(e).__name__, e)
        print(repr(first), repr(f.readline()))
        rest = list(f)
        print(rest, f.tell())

    with open(p, "rb") as f:
        print(next(f), f.tell(), f.readline(), f.tell())

    offsets = []
    with open(p) as f:
        while True:
            pos = f.tell()
            line = f.readline()
            if not line:
                break
            offsets.append((pos, line.strip()))
    print(offsets)
    with open(p) as f:
        f.seek(offsets[3][0])
        print(f.readline().strip())

    with open(p, "a+") as f:
        f.write("appended\n")
        print(repr(f.read()))
        f.seek(0)
        print(f.readline().strip(), f.tell())
        f.write("end\n")
        f.seek(0)
        print(f.read().splitlines()[-3:])

    with open(p, "r+") as f:
        f.readline()
        f.write("XX")
        f.seek(0)
        print(f.read().splitlines()[:3])

    with open(p, "w") as f:
        f.write("a\nb\n")
    f = open(p)
    print(f.readline(), end="")
    for line in f:
        print("loop:", line.strip())
    print(repr(f.readline()), repr(f.read()))
    f.close()
    open(p, "w").write("written without close\n")
    print(open(p).read(), end="")
