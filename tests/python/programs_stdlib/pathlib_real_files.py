import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    project = root / "project"
    (project / "src" / "pkg").mkdir(parents=True)
    (project / "docs").mkdir()
    files = {"src/pkg/__init__.py": "", "src/pkg/core.py": "def f():\n    return 1\n", "src/main.py": "import pkg\n",
             "docs/index.md": "# Title\n\nText\n", "README.md": "readme\n", "setup.cfg": "[metadata]\nname = x\n"}
    for rel, text in files.items():
        (project / rel).write_text(text)
    print(sorted(p.relative_to(project).as_posix() for p in project.rglob("*") if p.is_file()))
    print(sorted(p.name for p in project.glob("**/*.py")))
    print(sorted(p.name for p in project.iterdir()))
    py = project / "src" / "pkg" / "core.py"
    print(py.name, py.stem, py.suffix, py.parent.name, py.exists(), py.is_file(), py.is_dir())
    print(py.read_text().count("\n"), py.stat().st_size, len(py.read_bytes()))
    total = sum(p.stat().st_size for p in project.rglob("*") if p.is_file())
    print("total bytes", total)
    renamed = py.with_name("engine.py")
    py.rename(renamed)
    print(py.exists(), renamed.exists(), renamed.read_text().splitlines())
    (project / "docs" / "index.md").unlink()
    (project / "docs").rmdir()
    print(sorted(p.name for p in project.iterdir()))
    try:
        (project / "src").rmdir()
    except OSError as e:
        print(type(e).__name__, e.strerror)
    try:
        (project / "nope.txt").read_text()
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror)
    try:
        (project / "nope.txt").unlink()
    except FileNotFoundError as e:
        print(type(e).__name__)
    (project / "nope.txt").unlink(missing_ok=True)
    (project / "src").mkdir(exist_ok=True)
    with (project / "log.txt").open("a") as f:
        f.write("one\n")
    with (project / "log.txt").open() as f:
        print(f.read().strip())
    (project / "log.txt").touch()
    print((project / "log.txt").read_text() == "one\n", Path(tmp).is_absolute(), (project / ".." / "project").resolve() == project.resolve())
    print(sorted(x.suffix for x in project.rglob("*") if x.is_file()))
    print(list(project.glob("*.nothing")), project.joinpath("a", "b").relative_to(project).parts)
    print(Path("a/b/../c").parts, str(Path("~").expanduser()) != "~", Path.cwd().is_absolute())
