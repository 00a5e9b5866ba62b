import os
import tempfile
from pathlib import Path, PurePosixPath, PureWindowsPath

with tempfile.TemporaryDirectory(prefix="weft_") as tmp:
    root = Path(tmp)
    print(root.is_dir(), root.name.startswith("weft_"))
    (root / "notes").mkdir()
    (root / "notes" / "a.txt").write_text("alpha\nbeta\n")
    (root / "notes" / "b.md").write_text("# title\n")
    (root / "data.bin").write_bytes(bytes(range(5)))
    nested = root / "x" / "y" / "z"
    nested.mkdir(parents=True)
    try:
        nested.mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.strerror)
    nested.mkdir(exist_ok=True)
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob("*")))
    print(sorted(p.name for p in root.glob("notes/*.txt")), sorted(p.name for p in (root / "notes").iterdir()))
    a = root / "notes" / "a.txt"
    print(a.read_text().splitlines(), a.stat().st_size, a.suffix, a.stem, a.parent.name)
    print((root / "data.bin").read_bytes(), a.exists(), (root / "nope").exists(), a.is_file())
    with a.open("a") as fh:
        fh.write("gamma\n")
    print(a.read_text())
    renamed = a.rename(root / "notes" / "c.txt")
    print(renamed.name, a.exists(), renamed.exists())
    renamed.unlink()
    try:
        renamed.unlink()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    renamed.unlink(missing_ok=True)
    try:
        (root / "x").rmdir()
    except OSError as e:
        print(type(e).__name__, e.strerror)
    nested.rmdir()
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob("*")))

    with tempfile.NamedTemporaryFile("w+", suffix=".log", dir=tmp, delete=False) as nt:
        nt.write("log line\n")
        nt.seek(0)
        print(nt.read(), nt.name.endswith(".log"), os.path.dirname(nt.name) == tmp)
    print(Path(nt.name).read_text())
    fd, path = tempfile.mkstemp(suffix=".dat", prefix="pre", dir=tmp, text=True)
    os.write(fd, b"raw")
    os.close(fd)
    print(Path(path).read_bytes(), Path(path).name.startswith("pre"))
    d = tempfile.mkdtemp(dir=tmp)
    print(os.path.isdir(d), os.listdir(d))
with tempfile.TemporaryFile() as tf:
    tf.write(b"temporary")
    tf.seek(0)
    print(tf.read())
with tempfile.SpooledTemporaryFile(max_size=10, mode="w+") as sp:
    sp.write("spooled")
    sp.seek(0)
    print(sp.read())
print(os.path.exists(tmp))

p = PurePosixPath("/usr/local/lib/python3.11/site-packages/pkg.tar.gz")
print(p.parts, p.suffixes, p.suffix, p.stem, p.name, p.anchor, p.root)
print(list(p.parents)[:3], p.parent.parent, p.with_suffix(".zip"), p.with_name("x.py"), p.with_stem("other"))
print(p.match("*.gz"), p.match("lib/*/site-packages/*"), p.is_absolute(), PurePosixPath("a/b").is_absolute())
print(PurePosixPath("a", "b", "/c", "d"), PurePosixPath("a/./b//c/"), PurePosixPath("a") / "b" / "..", PurePosixPath("/a/b").relative_to("/a"))
w = PureWindowsPath(r"C:\Users\me\file.TXT")
print(w.drive, w.root, w.parts, w.name, w.as_posix(), repr(w))
try:
    PurePosixPath("/a/b").relative_to("/c")
except ValueError as e:
    print("ValueError", e)
try:
    PurePosixPath("x").with_suffix("bad")
except ValueError as e:
    print("ValueError", e)
