# fileinput over several files: line numbers, file boundaries, nextfile, in-place editing, hooks.
import fileinput
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("one.txt", "w") as f:
        f.write("apple\nbanana\ncherry\n")
    with open("two.txt", "w") as f:
        f.write("delta\necho")
    with open("three.txt", "w") as f:
        f.write("")
    with open("four.txt", "w", encoding="latin-1") as f:
        f.write("caf\xe9\n")

    for line in fileinput.input(["one.txt", "two.txt", "three.txt"], encoding="utf-8"):
        marker = "*" if fileinput.isfirstline() else " "
        print(f"{fileinput.lineno():2d} {fileinput.filename()}[{fileinput.filelineno()}]{marker} {line.rstrip()!r}")
    print("after loop:", fileinput.lineno(), fileinput.filename())
    fileinput.close()

    with fileinput.input(files=("one.txt", "two.txt")) as fi:
        for line in fi:
            if fi.filelineno() == 2:
                fi.nextfile()
                continue
            print(fi.filename(), line.strip(), fi.isstdin(), fi.fileno() >= 0)

    with fileinput.FileInput("one.txt", inplace=True, backup=".orig") as fi:
        for line in fi:
            print(f"{fi.filelineno()}: {line.upper()}", end="")
    print(open("one.txt").read(), end="")
    print(sorted(os.listdir(".")))
    print(open("one.txt.orig").read().split())

    for line in fileinput.input("two.txt", inplace=True):
        if "echo" not in line:
            print(line, end="")
    print(repr(open("two.txt").read()), os.path.exists("two.txt.bak"))

    with fileinput.input("four.txt", openhook=fileinput.hook_encoded("latin-1")) as fi:
        print([line for line in fi])
    with fileinput.input("four.txt", mode="rb") as fi:
        print(list(fi))

    for args, kwargs in [((), {"mode": "w"}), (("one.txt",), {"inplace": True, "openhook": open}),
                         (("one.txt",), {"openhook": 42})]:
        try:
            fileinput.FileInput(*args, **kwargs)
        except ValueError as e:
            print(type(e).__name__, e)
    try:
        fileinput.lineno()
    except RuntimeError as e:
        print(type(e).__name__, e)
    fi = fileinput.input("one.txt")
    next(fi)
    try:
        fileinput.input("two.txt")
    except RuntimeError as e:
        print(type(e).__name__, e)
    fileinput.close()
    try:
        for line in fileinput.input(["one.txt", "missing.txt"]):
            print("read", line.strip())
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    fileinput.close()
    os.chdir("/")
