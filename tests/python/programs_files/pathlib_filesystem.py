# pathlib on a real temp dir: mkdir, write/read text and bytes, glob, rglob, iterdir, stat, unlink.
import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / "pkg" / "sub").mkdir(parents=True)
    (root / "pkg" / "sub").mkdir(parents=True, exist_ok=True)
    try:
        (root / "pkg").mkdir()
    except FileExistsError as e:
        print(type(e).__name__, e.strerror)
    try:
        (root / "a" / "b").mkdir()
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror)
    files = {
        "pkg/__init__.py": "",
        "pkg/core.py": "X = 1\n",
        "pkg/sub/deep.py": "Y = 2\n",
        "pkg/sub/data.json": '{"k": 1}',
        "notes.txt": "hello\nworld\n",
        "image.PNG": "",
    }
    for rel, text in files.items():
        n = (root / rel).write_text(text, encoding="utf-8")
        print(rel, n)
    (root / "blob.bin").write_bytes(bytes([0, 255, 10, 13]))
    print((root / "blob.bin").read_bytes(), (root / "notes.txt").read_text().splitlines())

    print([p.name for p in sorted(root.iterdir())])
    print([str(p.relative_to(root)) for p in sorted(root.glob("*.txt"))])
    print([str(p.relative_to(root)) for p in sorted(root.glob("**/*.py"))])
    print([str(p.relative_to(root)) for p in sorted(root.rglob("*.py"))])
    print([str(p.relative_to(root)) for p in sorted(root.glob("pkg/*"))])
    print([str(p.relative_to(root)) for p in sorted(root.rglob("*")) if p.is_dir()])
    print(sorted(p.suffix for p in root.rglob("*") if p.is_file()))

    n = root / "notes.txt"
    print(n.exists(), n.is_file(), n.is_dir(), n.stat().st_size, (root / "ghost").exists())
    with n.open("a") as f:
        f.write("more\n")
    print(n.read_text().count("\n"))
    renamed = n.rename(root / "renamed.txt")
    print(renamed.name, renamed.exists(), n.exists())
    target = renamed.replace(root / "final.txt")
    print(target.relative_to(root))
    target.unlink()
    target.unlink(missing_ok=True)
    try:
        target.unlink()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    (root / "touched.log").touch()
    print((root / "touched.log").stat().st_size)
    empty = root / "emptydir"
    empty.mkdir()
    empty.rmdir()
    print(empty.exists())
    os.chdir(tmp)
    rel = Path("pkg/sub/../core.py")
    print(rel.resolve().relative_to(Path(tmp).resolve()), Path(".").resolve() == Path(tmp).resolve())
    print(Path("pkg").absolute().relative_to(Path.cwd()), Path.cwd() == Path(tmp).resolve() or Path.cwd() == Path(tmp))
    os.chdir("/")
