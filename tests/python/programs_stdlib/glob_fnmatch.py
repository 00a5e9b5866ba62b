import fnmatch, glob, os, tempfile

names = ["main.py", "test_main.py", "README.md", "data.csv", "Data.CSV", "a1.txt", "ab.txt", "[x].txt", ".hidden"]
for pat in ["*.py", "test_*", "*.[ct]sv", "a?.txt", "[!a]*", "*.CSV", "[[]x].txt", "*", ".*", "a[0-9].txt"]:
    print(pat, fnmatch.filter(names, pat), [n for n in names if fnmatch.fnmatchcase(n, pat)])
print(fnmatch.translate("*.py"), fnmatch.translate("a?[!b-d]"), fnmatch.translate("[]"))
print(fnmatch.fnmatch("FOO.TXT", "*.txt"))
with tempfile.TemporaryDirectory() as d:
    for rel in ["a.py", "b.py", "c.txt", "sub/d.py", "sub/deep/e.py", "sub/f.md", ".hid.py"]:
        full = os.path.join(d, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        open(full, "w").close()
    rel = lambda ps: sorted(os.path.relpath(p, d) for p in ps)
    print(rel(glob.glob(os.path.join(d, "*.py"))))
    print(rel(glob.glob(os.path.join(d, "**", "*.py"), recursive=True)))
    print(rel(glob.glob(os.path.join(d, "**"), recursive=True)))
    print(rel(glob.glob(os.path.join(d, "*", "*.py"))))
    print(rel(glob.glob(os.path.join(d, "?.*"))))
    print(rel(glob.glob(os.path.join(d, "[ab].py"))))
    print(sorted(glob.glob("*.py", root_dir=d)), sorted(glob.glob("**/*.md", root_dir=d, recursive=True)))
    print(rel(glob.iglob(os.path.join(d, "sub", "*"))))
    print(glob.glob(os.path.join(d, "nothing*")), glob.has_magic("a*b"), glob.has_magic("abc"))
    print(glob.escape("a[b]*c?.txt"))
