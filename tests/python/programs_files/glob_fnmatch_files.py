# glob.glob / iglob / escape with root_dir and recursive, and fnmatch on real file names.
import fnmatch
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    for rel in ["src/app.py", "src/app_test.py", "src/util/io.py", "src/util/__init__.py", "README.md",
                "notes[1].txt", "notes2.txt", "build/out.o", "build/.cache/x.o", ".env"]:
        full = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        open(full, "w").close()
    print(sorted(glob.glob("*", root_dir=tmp)))
    print(sorted(glob.glob("**/*.py", root_dir=tmp, recursive=True)))
    print(sorted(glob.glob("**/*.py", root_dir=tmp)))
    print(sorted(glob.glob("**", root_dir=tmp, recursive=True)))
    print(sorted(glob.glob("**/", root_dir=tmp, recursive=True)))
    print(sorted(glob.glob("notes[1].txt", root_dir=tmp)), sorted(glob.glob(glob.escape("notes[1].txt"), root_dir=tmp)))
    print(glob.escape("a[b]*c?.txt"), glob.has_magic("x*"), glob.has_magic("plain"))
    print(sorted(os.path.relpath(p, tmp) for p in glob.iglob(os.path.join(tmp, "src", "*.py"))))
    print(sorted(glob.glob(".*", root_dir=tmp)), sorted(glob.glob("build/**/*.o", root_dir=tmp, recursive=True)))
    print(glob.glob("nothing*", root_dir=tmp), glob.glob(os.path.join(tmp, "zzz", "*")))
    cwd = os.getcwd()
    os.chdir(tmp)
    print(sorted(glob.glob("src/*")), sorted(glob.glob("*/util/*.py")))
    names = sorted(os.listdir("src"))
    print(fnmatch.filter(names, "*_test.py"), fnmatch.filter(names, "[!a]*"))
    print([n for n in names if fnmatch.fnmatch(n, "APP*")], [n for n in names if fnmatch.fnmatchcase(n, "APP*")])
    print(fnmatch.translate("*.py"), fnmatch.translate("[!a-c]?x"))
    os.chdir(cwd)
