# ZipFile.printdir and extract, TarFile.list (plain and verbose), GzipFile name/filename/mode.
import io, zipfile, tarfile, gzip, os, tempfile, warnings
warnings.simplefilter("ignore", DeprecationWarning)
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [("readme.txt", b"hello" * 50), ("src/main.py", b"print(1)\n"), ("src/", b"")]:
        z.writestr(zipfile.ZipInfo(name, date_time=(2021, 3, 4, 5, 6, 7)), data)
with zipfile.ZipFile(buf) as z:
    z.printdir()
    tmp = tempfile.mkdtemp()
    print(os.path.relpath(z.extract("src/main.py", tmp), tmp), os.path.relpath(z.extract(z.getinfo("src/"), tmp), tmp))
tb = io.BytesIO()
with tarfile.open(fileobj=tb, mode="w") as t:
    for name, data in [("a.txt", b"abc"), ("dir/b.bin", b"\x00" * 1000)]:
        ti = tarfile.TarInfo(name); ti.size = len(data); ti.mtime = 1_600_000_000; ti.mode = 0o640
        ti.uname, ti.gname, ti.uid, ti.gid = "alice", "staff", 501, 20
        t.addfile(ti, io.BytesIO(data))
    d = tarfile.TarInfo("dir"); d.type = tarfile.DIRTYPE; d.mode = 0o755; d.mtime = 1_600_000_000
    t.addfile(d)
    l = tarfile.TarInfo("link"); l.type = tarfile.SYMTYPE; l.linkname = "a.txt"; l.mtime = 1_600_000_000
    t.addfile(l)
tb.seek(0)
with tarfile.open(fileobj=tb) as t:
    t.list(verbose=False)
    members = t.getmembers()
    for m in members:
        m.mtime = None  # local time would depend on the machine's zone
    t.list(verbose=True, members=members)
    print([repr(m) for m in t.getmembers()][0].split(" at ")[0])
    print(t.getmember("link").issym(), t.getmember("link").linkname, t.getmember("dir").isdir())
g = gzip.GzipFile(os.path.join(tmp, "x.gz"), "wb", mtime=0)
g.write(b"data"); print(g.name.endswith("x.gz"), g.mode, os.path.basename(g.filename) if hasattr(g, "filename") else "-"); g.close()
with gzip.open(os.path.join(tmp, "x.gz")) as g:
    print(g.read(), repr(g).split(" ")[0])
import shutil; shutil.rmtree(tmp)
