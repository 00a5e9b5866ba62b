import os, tempfile, shutil
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    (base / "src").mkdir()
    (base / "src" / "a.txt").write_text("alpha\nbeta\n")
    (base / "src" / "b.py").write_text("print('b')\n")
    (base / "src" / "sub").mkdir(parents=True, exist_ok=True)
    (base / "src" / "sub" / "c.txt").write_bytes(b"\x00\x01\x02")
    print(sorted(p.name for p in (base / "src").iterdir()))
    print(sorted(str(p.relative_to(base)) for p in base.rglob("*.txt")))
    print(sorted(str(p.relative_to(base)) for p in base.glob("src/*")))
    print((base / "src" / "a.txt").read_text().splitlines())
    print((base / "src" / "a.txt").stat().st_size, (base / "src" / "sub" / "c.txt").read_bytes())
    print((base / "src").is_dir(), (base / "src" / "a.txt").is_file(), (base / "nope").exists())
    shutil.copy(base / "src" / "a.txt", base / "copy.txt")
    shutil.copy2(str(base / "src" / "b.py"), str(base))
    shutil.copytree(base / "src", base / "dst")
    print(sorted(os.listdir(base)))
    print(sorted(os.listdir(base / "dst")))
    shutil.move(str(base / "copy.txt"), str(base / "dst" / "moved.txt"))
    print(sorted(os.listdir(base / "dst")), os.path.exists(base / "copy.txt"))
    shutil.rmtree(base / "dst" / "sub")
    print(sorted(os.listdir(base / "dst")))
    with open(base / "log.txt", "w") as f:
        f.write("one\n")
        f.writelines(["two\n", "three\n"])
    with open(base / "log.txt", "a") as f:
        print("four", file=f)
    with open(base / "log.txt") as f:
        for i, line in enumerate(f, 1):
            print(i, line.rstrip())
    with open(base / "log.txt", "r+") as f:
        f.seek(4)
        f.write("TWO")
        f.seek(0)
        print(repr(f.read()))
    with open(base / "bin.dat", "wb") as f:
        print(f.write(bytes(range(5))), f.tell())
    with open(base / "bin.dat", "rb") as f:
        f.seek(-2, os.SEEK_END)
        print(f.read(), f.tell())
    p = base / "src" / "a.txt"
    p2 = p.rename(base / "renamed.txt")
    print(p2.name, p.exists(), p2.exists())
    print(p2.with_suffix(".bak").name, p2.suffix)
    os.remove(base / "renamed.txt")
    print(sorted(x.name for x in base.iterdir()))
    try:
        open(base / "missing.txt")
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    try:
        (base / "src").mkdir()
    except FileExistsError as e:
        print(type(e).__name__, e.strerror)
    try:
        os.rmdir(base / "src")
    except OSError as e:
        print(type(e).__name__, e.strerror)
    with tempfile.NamedTemporaryFile("w+", dir=tmp, suffix=".tmp", delete=False) as nt:
        nt.write("temp data")
        nt.seek(0)
        print(nt.read(), nt.name.endswith(".tmp"))
    print(os.path.getsize(nt.name))
    fd, path = tempfile.mkstemp(dir=tmp, prefix="pre_")
    os.write(fd, b"raw")
    os.close(fd)
    print(os.path.basename(path).startswith("pre_"), open(path, "rb").read())
    print(shutil.disk_usage(tmp).total > 0)
print(os.path.exists(tmp))
