# array.tofile/fromfile, linecache over a temp file, redirect_stdout into a file, print(file=, flush=).
import array
import contextlib
import linecache
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "doubles.bin")
    a = array.array("d", [1.5, -2.25, 1e10, 0.1])
    with open(p, "wb") as f:
        a.tofile(f)
    print(os.path.getsize(p), a.itemsize * len(a))
    b = array.array("d")
    with open(p, "rb") as f:
        b.fromfile(f, 3)
        try:
            b.fromfile(f, 5)
        except EOFError as e:
            print(type(e).__name__, e)
    print(b)
    ints = array.array("h", range(-3, 4))
    with open(p, "wb") as f:
        f.write(ints.tobytes())
    c = array.array("h")
    with open(p, "rb") as f:
        c.frombytes(f.read())
    c.byteswap()
    print(c, c.tolist()[:2])

    src = os.path.join(tmp, "module_like.py")
    with open(src, "w") as f:
        f.write("def f():\n    return 1\n\n# last line\n")
    print(repr(linecache.getline(src, 1)), repr(linecache.getline(src, 4)), repr(linecache.getline(src, 99)))
    print(len(linecache.getlines(src)))
    with open(src, "a") as f:
        f.write("extra = 2\n")
    print(repr(linecache.getline(src, 5)))
    linecache.checkcache(src)
    print(repr(linecache.getline(src, 5)))
    linecache.clearcache()

    out = os.path.join(tmp, "captured.txt")
    with open(out, "w") as f, contextlib.redirect_stdout(f):
        print("into the file")
        print("numbers:", 1, 2, 3, sep="|")
        sys.stdout.write("raw write\n")
    print("back on stdout")
    with open(out) as f:
        print(f.read().splitlines())
    with open(out, "w") as f:
        print("a", "b", file=f, end="", flush=True)
        print(os.path.getsize(out))
        print(file=f)
        print(*range(5), file=f, sep=", ")
    print(open(out).read().splitlines())
    import io
    for mode in ("rb", "ab"):
        with open(out, mode) as f:
            try:
                print("x", file=f)
            except (TypeError, io.UnsupportedOperation) as e:
                print(mode, type(e).__name__, e)
    with open(out, "a") as f:
        print(f.write(""), f.write("é"), f.tell())
