# pathlib.PurePosixPath / Path: parts, suffixes, parents, joining, with_* methods.
from pathlib import Path, PurePath, PurePosixPath

p = PurePosixPath("/home/user/projects/app/src/main.tar.gz")
print(p, repr(p))
print(p.name, p.stem, p.suffix, p.suffixes)
print(p.parent, p.parents[0], p.parents[2], len(p.parents), list(p.parents)[-1])
print(p.parts, p.root, p.anchor, p.drive == "")
print(p.with_name("other.txt"), p.with_suffix(".zip"), p.with_stem("archive"))
print(p.relative_to("/home/user"), p.is_relative_to("/home"), p.is_relative_to("/etc"))
try:
    p.relative_to("/etc")
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

q = PurePosixPath("docs") / "guide" / "index.md"
print(q, q.is_absolute(), "/" / q if False else q.joinpath("..", "x"), PurePosixPath("a", "/b", "c"))
print(PurePosixPath("a/b/../c/./d//e"), PurePosixPath("."), PurePosixPath(""), PurePosixPath("//x"))
print(q.match("*.md"), q.match("guide/*.md"), q.match("/docs/*/*.md"), q.match("**/*.md"))
print(PurePosixPath("README").suffix == "", PurePosixPath(".bashrc").suffix, PurePosixPath("a.b.").suffix)
print(sorted([PurePosixPath("b"), PurePosixPath("a/z"), PurePosixPath("a")]))
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("A") == PurePosixPath("a"))
print(str(Path("x") / "y"), Path("x/y").as_posix(), bytes(PurePosixPath("x/y")))
print(PurePath("a/b").__fspath__(), type(PurePath("a")).__name__, type(Path("a")).__name__)
print(Path("/tmp/x.txt").as_uri())
try:
    Path("rel").as_uri()
except ValueError as e:
    print(type(e).__name__, e)
print(hash(PurePosixPath("a/b")) == hash(PurePosixPath("a//b")))
parts = PurePosixPath("/usr/bin/python3").parts
print(PurePosixPath(*parts), PurePosixPath(*parts[1:]))
try:
    PurePosixPath("a") / 3
except TypeError as e:
    print(type(e).__name__, e)
