import fnmatch
import glob
import os
import pathlib
import tempfile

layout = {
    "project/README.md": "# Project\n",
    "project/setup.cfg": "[metadata]\nname = p\n",
    "project/src/pkg/__init__.py": "",
    "project/src/pkg/core.py": "def f():\n    return 1\n",
    "project/src/pkg/util.py": "X = 2\n",
    "project/tests/test_core.py": "assert True\n",
    "project/tests/data/sample.json": "{}\n",
    "project/docs/index.rst": "Docs\n====\n",
    "project/.git/config": "[core]\n",
}
with tempfile.TemporaryDirectory() as tmp:
    root = pathlib.Path(tmp)
    for rel, text in layout.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    proj = root / "project"
    print(sorted(p.name for p in proj.iterdir()))
    print(sorted(str(p.relative_to(proj)) for p in proj.rglob("*.py")))
    print(sorted(str(p.relative_to(proj)) for p in proj.glob("*/*")))
    print(sorted(str(p.relative_to(proj)) for p in proj.glob("**/")))
    print(sorted(str(p.relative_to(proj)) for p in proj.glob("src/**/*.py")))
    sizes = {str(p.relative_to(proj)): p.stat().st_size for p in proj.rglob("*") if p.is_file()}
    print(sorted(sizes.items()))
    print(sum(sizes.values()), max(sizes, key=sizes.get))
    os.chdir(proj)
    print(sorted(glob.glob("*")), sorted(glob.glob(".*")), sorted(glob.glob("**/*.json", recursive=True)))
    print(sorted(glob.glob("src/*/[cu]*.py")), sorted(glob.glob("tests/test_?ore.py")))
    print(sorted(glob.glob("**/", recursive=True)))
    names = [str(p) for p in pathlib.Path(".").rglob("*") if p.is_file()]
    print(sorted(fnmatch.filter(names, "*.py")), sorted(fnmatch.filter(names, "*/data/*")))
    print(pathlib.Path("src/pkg/core.py").read_text().splitlines(), pathlib.Path("missing").exists())
    print(pathlib.Path("src/pkg").is_dir(), pathlib.Path("src/pkg/core.py").with_suffix(".pyc").name)
    (proj / "src" / "pkg" / "util.py").replace(proj / "src" / "pkg" / "helpers.py")
    print(sorted(p.name for p in (proj / "src" / "pkg").iterdir()))
    target = proj / "build" / "out.txt"
    try:
        target.write_text("x")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror)
    link = proj / "link_to_readme"
    link.symlink_to(proj / "README.md")
    print(link.is_symlink(), link.read_text().strip(), link.resolve() == (proj / "README.md").resolve())
    os.chdir(tmp)
    print(pathlib.Path("project").exists(), pathlib.Path.cwd() == pathlib.Path(tmp).resolve())
