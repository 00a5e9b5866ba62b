# pathlib corners: glob patterns, symlinks, stat.filemode, chmod, samefile, iterdir filters, errors.
import os
import stat
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    for name in ["a1.txt", "a2.txt", "b1.txt", "b10.log", "c.TXT", ".hidden", "data.tar.gz"]:
        (root / name).write_text(name)
    (root / "sub").mkdir()
    (root / "sub" / "a3.txt").write_text("deep")
    rel = lambda ps: sorted(str(p.relative_to(root)) for p in ps)
    for pattern in ["a?.txt", "[ab]1.*", "*.txt", "*", "b*", "[!a]*", "**/a*.txt", "*/", "sub/*", "*.gz"]:
        print(f"{pattern:12}", rel(root.glob(pattern)))
    print(rel(root.rglob("a*")), rel(root.rglob("*.TXT")))

    f = root / "a1.txt"
    f.chmod(0o640)
    print(stat.filemode(f.stat().st_mode), oct(f.stat().st_mode & 0o777))
    f.chmod(0o755)
    print(stat.filemode(f.stat().st_mode), stat.filemode(root.stat().st_mode)[0])
    print(stat.filemode(0o100644), stat.filemode(0o040755), stat.filemode(0o120777), stat.filemode(0o104755))

    link = root / "link_to_a2"
    link.symlink_to(root / "a2.txt")
    print(link.is_symlink(), link.exists(), link.read_text(), link.resolve() == (root / "a2.txt").resolve())
    print(os.readlink(link) == str(root / "a2.txt"), link.readlink() == root / "a2.txt")
    broken = root / "broken"
    broken.symlink_to(root / "nothing")
    print(broken.is_symlink(), broken.exists(), broken.is_file())
    print(link.samefile(root / "a2.txt"), (root / "a1.txt").samefile(root / "a2.txt"))
    print(sorted(p.name for p in root.iterdir() if p.is_file() and not p.name.startswith(".")))
    print(sorted(p.name for p in root.iterdir() if p.is_dir()))
    print(sorted(p.name for p in root.iterdir() if p.is_symlink()))

    try:
        (root / "nope.txt").read_text()
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror, Path(e.filename).name)
    try:
        (root / "sub").read_text()
    except IsADirectoryError as e:
        print(type(e).__name__, e.strerror)
    try:
        (root / "sub").rmdir()
    except OSError as e:
        print(type(e).__name__, e.strerror)
    try:
        (root / "a1.txt").mkdir()
    except FileExistsError as e:
        print(type(e).__name__, e.strerror)
    try:
        list((root / "a1.txt").iterdir())
    except NotADirectoryError as e:
        print(type(e).__name__, e.strerror)
    try:
        Path("relative/path").relative_to(root)
    except ValueError as e:
        print(type(e).__name__, str(e).replace(tmp, "<tmp>"))
    moved = (root / "b10.log").rename(root / "sub" / "b10.log")
    print(moved.relative_to(root), (root / "b10.log").exists())
    print((root / "sub").with_name("other").name, root.joinpath("x", "y").relative_to(root))
    print(sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()))
    for p in sorted(root.rglob("*"), reverse=True):
        if p.is_symlink() or p.is_file():
            p.unlink()
        else:
            p.rmdir()
    print(list(root.iterdir()))
