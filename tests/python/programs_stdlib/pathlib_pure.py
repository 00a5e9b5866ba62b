from pathlib import PurePosixPath, PureWindowsPath, PurePath

p = PurePosixPath("/usr/local/lib/python3.11/site-packages/pkg.tar.gz")
print(p, repr(p))
print(p.parts)
print(p.parent, p.parents[1], list(p.parents)[-1], len(p.parents))
print(p.name, p.stem, p.suffix, p.suffixes)
print(p.anchor, p.root, repr(p.drive))
print(p.with_suffix(".zip"), p.with_name("other.txt"), p.with_stem("renamed"))
print(p.with_suffix(""), PurePosixPath("a/b.txt").with_suffix(".md"))
print(p.relative_to("/usr/local"), p.is_absolute(), PurePosixPath("x/y").is_absolute())
try:
    p.relative_to("/opt")
except ValueError as e:
    print(type(e).__name__, e)
try:
    p.with_suffix("zip")
except ValueError as e:
    print(type(e).__name__, e)
try:
    PurePosixPath("/").with_name("x")
except ValueError as e:
    print(type(e).__name__, e)
q = PurePosixPath("docs") / "guide" / "intro.md"
print(q, q.joinpath("x", "y"), "/etc" / PurePosixPath("hosts"), q / "/abs")
print(PurePosixPath("a//b/./c/../d"), PurePosixPath("//x/y"), PurePosixPath("///x"), PurePosixPath(""))
print(PurePosixPath("a", "b", "/c", "d"), PurePosixPath(q, "z"))
print(q.match("*.md"), q.match("guide/*.md"), q.match("/guide/*.md"), q.match("*.txt"), q.match("**/*.md"))
print(PurePosixPath("a/b") == PurePosixPath("a//b"), PurePosixPath("a") < PurePosixPath("b"))
print(sorted([PurePosixPath("b/a"), PurePosixPath("a/c"), PurePosixPath("a/b")]))
print(str(PurePosixPath(".hidden").suffix), PurePosixPath(".hidden").stem, PurePosixPath("a.").suffix)
print(PurePosixPath("x.tar.gz").suffixes, PurePosixPath("noext").suffixes, PurePosixPath("..").name)
print(p.as_posix(), PurePosixPath("/a b/c").as_uri())
print(PurePosixPath("a/b").is_relative_to("a"), PurePosixPath("a/b").is_relative_to("c"))
print(hash(PurePosixPath("a/b")) == hash(PurePosixPath("a/b")))
w = PureWindowsPath("C:\\Users\\Ann\\Doc.TXT")
print(w, repr(w), w.parts, w.drive, w.root, w.anchor, w.suffix, w.stem)
print(w.as_posix(), w.parent, w.name, w.with_suffix(".md"))
print(PureWindowsPath("c:/a") == PureWindowsPath("C:\\A"), PureWindowsPath("//server/share/x").drive)
print(PureWindowsPath("a/b").joinpath("c"), PureWindowsPath("C:\\x").is_absolute(), PureWindowsPath("\\x").is_absolute())
print(type(PurePath("a")).__name__, PurePosixPath("a/b/c").parts[1:])
print(list(map(str, PurePosixPath("/a/b/c").parents)))
print(PurePosixPath("a") / PurePosixPath("b"), PurePosixPath("x").joinpath())
try:
    PurePosixPath("a") / 5
except TypeError as e:
    print(type(e).__name__, e)
print(f"{PurePosixPath('f.py')!s:>10}|", "%s" % PurePosixPath("q"))
import os
print(os.fspath(PurePosixPath("a/b")), os.path.join(PurePosixPath("a"), "b"))
