# os.path and PurePosixPath on odd strings: trailing slashes, dots, doubled separators, bytes paths.
import os.path as op
from pathlib import PurePosixPath

cases = ["", ".", "..", "/", "//", "///", "a/", "a//", "/a/b/", "a/./b", "a/../b", "../../x", ".hidden",
         "file.", "..dots..", "a.b/c", "/x/.config/", "dir/.ext", "name.tar.gz", "  spaced  .txt"]
for c in cases:
    print(repr(c).ljust(16), op.normpath(c) if c else "''", op.split(c), op.splitext(c), repr(op.basename(c)),
          repr(op.dirname(c)))
for c in cases:
    p = PurePosixPath(c)
    print(repr(c).ljust(16), str(p), repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), str(p.parent))
print(op.join("/a", "b", "/c", "d"), op.join("a", "", "b", ""), op.join(""), op.join("", ""))
print(op.normpath("//a//b"), op.normpath("///a"), op.abspath("/a/../../b"), op.realpath("/../x"))
print(op.basename(b"/a/b.txt"), op.splitext(b"x.tar.gz"), op.join(b"a", b"b"), op.normpath(b"a//b/../c"))
try:
    op.join("a", b"b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    op.join("a", 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    PurePosixPath("a").with_suffix(".")
except ValueError as e:
    print(type(e).__name__, e)
try:
    PurePosixPath("").with_name("x")
except ValueError as e:
    print(type(e).__name__, e)
print(PurePosixPath("a/b").with_suffix(""), PurePosixPath("a.txt").with_suffix(".md.bak"))
print(PurePosixPath("/a/b/c").relative_to("/a"), PurePosixPath("x") / "/abs", PurePosixPath("/").parent)
print(list(PurePosixPath("/a/b").parents), list(PurePosixPath("a").parents), PurePosixPath("..").parts)
print(op.commonprefix([]), op.commonprefix(["abc"]), op.commonpath(["a/b", "a/c/"]), op.commonpath(["/"]))
