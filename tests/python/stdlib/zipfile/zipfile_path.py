# zipfile.Path: implied directories, iterdir, joinpath, read_text, open, parent, name/suffix.
import io
import zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.writestr("a/b/c.txt", "deep text")
    z.writestr("a/readme.md", "# hi")
    z.writestr("top.bin", b"\x00\x01")
    z.filename = "mem.zip"
    root = zipfile.Path(z)
    print(sorted(p.name for p in root.iterdir()))
    a = root / "a"
    print(a.is_dir(), a.exists(), a.at, sorted(p.name for p in a.iterdir()))
    c = root.joinpath("a", "b", "c.txt")
    print(c.is_file(), c.read_text(), c.name, c.suffix, c.stem, c.parent.at, repr(c))
    with (root / "top.bin").open("rb") as f:
        print(f.read())
    print((root / "missing").exists(), str(c))
    try:
        list(c.iterdir())
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        (root / "missing").read_text()
    except FileNotFoundError as e:
        print(type(e).__name__, e)
