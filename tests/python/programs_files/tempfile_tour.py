# tempfile: TemporaryDirectory, NamedTemporaryFile, mkstemp, mkdtemp, TemporaryFile, SpooledTemporaryFile.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory(prefix="demo_", suffix="_dir") as tmp:
    base = os.path.basename(tmp)
    print(base.startswith("demo_"), base.endswith("_dir"), os.path.isdir(tmp))

    with tempfile.NamedTemporaryFile("w+", dir=tmp, suffix=".txt", prefix="note", delete=False) as f:
        f.write("temporary text\n")
        f.seek(0)
        print(repr(f.read()), os.path.dirname(f.name) == tmp)
        name = os.path.basename(f.name)
        print(name.startswith("note"), name.endswith(".txt"), len(name) > len("note.txt"))
        print(f.mode, type(f).__name__)
    print("still there:", os.path.exists(f.name))
    os.unlink(f.name)

    with tempfile.NamedTemporaryFile(dir=tmp) as g:
        g.write(b"binary by default")
        g.flush()
        print(os.path.getsize(g.name), g.mode)
        saved = g.name
    print("deleted on close:", os.path.exists(saved))

    fd, path = tempfile.mkstemp(dir=tmp, suffix=".dat")
    print(type(fd).__name__, os.path.relpath(path, tmp).endswith(".dat"))
    os.write(fd, b"abc")
    os.close(fd)
    with open(path, "rb") as h:
        print(h.read())
    os.remove(path)

    sub = tempfile.mkdtemp(dir=tmp, prefix="inner")
    print(os.path.basename(sub).startswith("inner"), os.listdir(tmp) == [os.path.basename(sub)])
    os.rmdir(sub)

    with tempfile.TemporaryFile("w+t") as t:
        t.write("anonymous\nlines\n")
        t.seek(0)
        print(t.readlines())

    with tempfile.SpooledTemporaryFile(max_size=10, mode="w+b") as s:
        s.write(b"12345")
        print("rolled?", s._rolled)
        s.write(b"6789012345")
        print("rolled?", s._rolled)
        s.seek(0)
        print(s.read())

    print(sorted(os.listdir(tmp)))

d = tempfile.TemporaryDirectory()
inside = os.path.join(d.name, "file.txt")
with open(inside, "w") as f:
    f.write("x")
print(os.path.exists(inside))
d.cleanup()
print(os.path.exists(d.name), os.path.exists(inside))
print(type(tempfile.gettempdir()).__name__, tempfile.gettempprefix())
