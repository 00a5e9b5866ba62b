# read(n), readline(size), readlines(hint), iteration and next() on text files.
import os
import tempfile

text = "alpha\nbeta\ngamma delta\n\nepsilon"

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "words.txt")
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)

    with open(p, encoding="utf-8") as f:
        print(repr(f.read(3)), repr(f.read(4)), repr(f.readline()))
        print(repr(f.readline(4)), repr(f.readline(100)))
        print(f.readlines())
        print(repr(f.read()), repr(f.readline()))

    with open(p, encoding="utf-8") as f:
        print(f.readlines(8))
        print(f.readlines(1))
        print(f.readlines(0))

    with open(p, encoding="utf-8") as f:
        print(next(f), end="")
        print(next(f), end="")
        rest = list(f)
        print(rest)
        try:
            next(f)
        except StopIteration:
            print("StopIteration at end")

    with open(p, encoding="utf-8") as f:
        lengths = [len(line.rstrip("\n")) for line in f]
    print("lengths:", lengths)

    with open(p, encoding="utf-8") as f:
        nonblank = [l.strip() for l in f if l.strip()]
    print("nonblank:", nonblank)

    with open(p, encoding="utf-8") as f:
        print(f.read(-1) == text, f.read(0) == "")

    with open(p, "rb") as f:
        print(f.readline(), f.readline(2), f.read(3), f.readlines())

    with open(p, encoding="utf-8") as f:
        count = sum(1 for _ in f)
    print("line count:", count)
    with open(p, encoding="utf-8") as f:
        words = f.read().split()
    print("word count:", len(words), max(words, key=len))
