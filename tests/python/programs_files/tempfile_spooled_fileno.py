# SpooledTemporaryFile in text mode, TemporaryFile, fileno/fstat/fsync on real files.
import os
import tempfile

with tempfile.SpooledTemporaryFile(max_size=20, mode="w+") as s:
    s.write("short\n")
    print(s._rolled, s.name, s.mode, s.encoding)
    s.write("a much longer line that rolls\n")
    print(s._rolled, type(s.name).__name__, s.mode)
    s.seek(0)
    print(s.readlines())

with tempfile.SpooledTemporaryFile(max_size=100) as s:
    s.write(b"abc")
    print(s.tell(), s._rolled)
    fd = s.fileno()
    print(type(fd).__name__, s._rolled)
    s.seek(0)
    print(s.read())

with tempfile.TemporaryFile() as t:
    print(type(t).__name__, type(t.name).__name__, t.mode)
    t.write(b"0123456789")
    t.flush()
    print(os.fstat(t.fileno()).st_size)
    t.seek(3)
    print(t.read(4))

with tempfile.TemporaryFile("w+", encoding="utf-8") as t:
    print(type(t).__name__, t.mode, t.encoding)
    t.write("héllo\n")
    t.seek(0)
    print(repr(t.read()))

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "f.txt")
    with open(p, "w") as f:
        f.write("x" * 100)
        print("before flush:", os.fstat(f.fileno()).st_size)
        f.flush()
        os.fsync(f.fileno())
        print("after flush:", os.fstat(f.fileno()).st_size)
        print(f.fileno() == f.buffer.fileno() == f.buffer.raw.fileno())
    with open(p, "rb") as a, open(p, "rb") as b:
        print(os.path.sameopenfile(a.fileno(), b.fileno()))
    print(os.path.samestat(os.stat(p), os.stat(os.path.join(tmp, ".", "f.txt"))))
    os.truncate(p, 10)
    print(os.path.getsize(p))
    os.truncate(p, 15)
    with open(p, "rb") as f:
        print(f.read())
    os.link(p, os.path.join(tmp, "hard.txt"))
    print(os.stat(p).st_nlink, sorted(os.listdir(tmp)))
    os.renames(os.path.join(tmp, "hard.txt"), os.path.join(tmp, "new", "dir", "hard.txt"))
    print(sorted(os.listdir(tmp)), os.listdir(os.path.join(tmp, "new", "dir")))
    os.renames(os.path.join(tmp, "new", "dir", "hard.txt"), os.path.join(tmp, "back.txt"))
    print(sorted(os.listdir(tmp)))
    print(os.path.ismount("/"), os.path.ismount(tmp))
    f = open(p)
    f.close()
    try:
        f.fileno()
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        os.fstat(9999)
    except OSError as e:
        print(type(e).__name__, e)
