# tarfile with fixed mtimes: add files from bytes, list members, extract, gzip compression.
import io
import os
import tarfile
import tempfile

def member(name, data, mtime=1_600_000_000, mode=0o644):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = mtime
    info.mode = mode
    info.uname = info.gname = "weft"
    return info, io.BytesIO(data)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "archive.tar.gz")
    with tarfile.open(path, "w:gz") as tar:
        for name, data in [("proj/README", b"read me\n"), ("proj/src/main.py", b"print('x')\n"),
                           ("proj/empty.txt", b"")]:
            tar.addfile(*member(name, data))
        d = tarfile.TarInfo("proj/logs")
        d.type = tarfile.DIRTYPE
        d.mode = 0o755
        d.mtime = 1_600_000_000
        tar.addfile(d)
    print(tarfile.is_tarfile(path))
    with tarfile.open(path) as tar:
        for m in tar.getmembers():
            print(m.name, m.size, m.mtime, oct(m.mode), m.isfile(), m.isdir(), m.uname)
        print(tar.getnames())
        print(tar.extractfile("proj/src/main.py").read())
        print(tar.extractfile("proj/logs"))
        try:
            tar.getmember("nope")
        except KeyError as e:
            print(type(e).__name__, e)
        out = os.path.join(tmp, "out")
        tar.extractall(out)
    for dirpath, dirs, files in sorted(os.walk(out)):
        print(os.path.relpath(dirpath, out), sorted(dirs), sorted(files))
    print(open(os.path.join(out, "proj", "README")).read(), end="")

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        tar.addfile(*member("a.txt", b"A" * 700))
    print(len(buf.getvalue()), len(buf.getvalue()) % 512)
    buf.seek(0)
    with tarfile.open(fileobj=buf) as tar:
        m = tar.next()
        print(m.name, m.size, tar.extractfile(m).read(5))
    plain = os.path.join(tmp, "plain.txt")
    with open(plain, "w") as f:
        f.write("not a tar")
    print(tarfile.is_tarfile(plain))
    try:
        tarfile.open(plain)
    except tarfile.ReadError as e:
        print(type(e).__name__, e)
