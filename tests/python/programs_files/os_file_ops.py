# os: makedirs, rename, replace, remove, stat sizes, scandir, chdir and getcwd in a temp dir.
import os
import stat
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    start = os.getcwd()
    os.chdir(tmp)
    print(os.getcwd() == os.path.realpath(tmp))
    os.makedirs("a/b/c")
    os.makedirs("a/b/c", exist_ok=True)
    try:
        os.makedirs("a/b/c")
    except FileExistsError as e:
        print(type(e).__name__, e)
    for name, size in [("a/one.txt", 10), ("a/b/two.txt", 200), ("a/b/c/three.txt", 3000)]:
        with open(name, "w") as f:
            f.write("z" * size)
    print(sorted(os.listdir("a")), sorted(os.listdir("a/b")))
    st = os.stat("a/b/two.txt")
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISDIR(os.stat("a").st_mode))
    print(type(st).__name__, st[6] == st.st_size, len(st) >= 10)

    os.rename("a/one.txt", "a/uno.txt")
    print(sorted(os.listdir("a")))
    with open("a/dos.txt", "w") as f:
        f.write("new")
    os.replace("a/dos.txt", "a/uno.txt")
    print(open("a/uno.txt").read(), sorted(os.listdir("a")))
    try:
        os.rename("a/missing", "a/other")
    except FileNotFoundError as e:
        print(type(e).__name__, e)

    entries = sorted(os.scandir("a"), key=lambda e: e.name)
    for e in entries:
        print(e.name, e.path, e.is_file(), e.is_dir(), e.stat().st_size if e.is_file() else "-")
    print(repr(entries[0]))
    with os.scandir(".") as it:
        print(sorted(e.name for e in it))

    os.chdir("a/b")
    print(os.path.relpath(os.getcwd(), tmp), sorted(os.listdir()))
    os.chdir("..")
    print(os.path.basename(os.getcwd()))
    os.chdir(tmp)
    os.remove("a/b/c/three.txt")
    os.removedirs("a/b/c")
    print(os.path.exists("a/b/c"), os.path.exists("a/b"))
    try:
        os.remove("a/b/c/three.txt")
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    try:
        os.chdir("nowhere")
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    try:
        os.chdir("a/uno.txt")
    except NotADirectoryError as e:
        print(type(e).__name__, e)
    os.chdir(start)
print(os.sep, os.curdir, os.pardir, os.linesep == "\n", os.name)
