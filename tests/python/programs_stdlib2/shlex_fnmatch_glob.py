import fnmatch
import glob
import os
import shlex
import tempfile

for s in ['ls -l "my file.txt" \'single q\' esc\\ aped', "a 'b c' # comment", 'x="a b" y', 'echo "unterminated']:
    try:
        print(shlex.split(s))
    except ValueError as e:
        print("ValueError", e)
print(shlex.split("a # b", comments=True), shlex.split("a\\ b", posix=False))
for s in ["simple", "has space", "it's", "", "$HOME", "a\"b", "semi;colon"]:
    print(repr(s), shlex.quote(s))
print(shlex.join(["cp", "my file", "dest dir/", "--opt=a b"]))
lex = shlex.shlex("a=1, b='two words'; c", posix=True)
lex.whitespace_split = False
print(list(lex))
lex2 = shlex.shlex("key1=val1 key2=val2", posix=True)
lex2.whitespace_split = True
print(list(lex2))
lex3 = shlex.shlex("(a+b)*c", punctuation_chars=True)
print(list(lex3))

names = ["main.py", "test_main.py", "README.md", "data.CSV", "a1.txt", "ab.txt", "[x].py", ".hidden"]
for pat in ["*.py", "test_*", "?.txt", "a[0-9].txt", "a[!0-9].txt", "*.csv", "[[]x].py", "*"]:
    print(pat, fnmatch.filter(names, pat), fnmatch.fnmatchcase("data.CSV", pat))
print(fnmatch.fnmatch("FILE.TXT", "*.txt"), fnmatch.fnmatchcase("FILE.TXT", "*.txt"))
print(fnmatch.translate("*.py"), fnmatch.translate("a?[bc][!d]"), fnmatch.translate("[]"))

with tempfile.TemporaryDirectory() as tmp:
    for rel in ["src/app.py", "src/util.py", "src/pkg/__init__.py", "src/pkg/mod.py", "docs/index.md",
                "docs/api.md", "top.txt", ".secret", "src/.hidden.py"]:
        path = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as fh:
            fh.write(rel)

    def rel(paths):
        return sorted(os.path.relpath(p, tmp) for p in paths)

    print(rel(glob.glob(os.path.join(tmp, "*"))))
    print(rel(glob.glob(os.path.join(tmp, "src", "*.py"))))
    print(rel(glob.glob(os.path.join(tmp, "**", "*.py"), recursive=True)))
    print(rel(glob.glob(os.path.join(tmp, "**"), recursive=True)))
    print(rel(glob.glob(os.path.join(tmp, "*", "*.md"))))
    print(rel(glob.glob(os.path.join(tmp, "src", "[au]*.py"))))
    print(rel(glob.iglob(os.path.join(tmp, "?o?.txt"))))
    print(sorted(glob.glob("*.py", root_dir=os.path.join(tmp, "src"))))
    print(sorted(glob.glob("**/*.md", root_dir=tmp, recursive=True)))
    print(glob.glob(os.path.join(tmp, "nothing*")), glob.escape("a*b?[c].txt"), glob.has_magic("x[1]"))
