from pathlib import PureWindowsPath as W, PurePosixPath as P, PurePath
cases = ["C:\\Users\\Ann\\Doc.TXT", "c:/a/b", "C:", "C:rel\\x", "\\root\\only", "rel\\path", "", ".", "//server/share/dir/f.txt",
         "\\\\server\\share", "C:\\", "a/./b/../c", "C:\\a\\.\\b\\", "D:\\x.tar.gz"]
for c in cases:
    w = W(c)
    print(repr(c), "|", str(w), repr(w), w.parts, repr(w.drive), repr(w.root), repr(w.anchor), repr(w.name), w.suffix, w.suffixes, w.stem)
    print("   ", w.as_posix(), str(w.parent), [str(p) for p in w.parents], w.is_absolute())
print(W("c:/a", "d:b"), W("c:/a", "c:b"), W("c:/a", "/b"), W("c:/a", "C:/b"), W("a", "b", "c"), W("c:\\x") / "y" / "Z.txt")
print(W("C:/A") == W("c:\\a"), W("a") == P("a"), hash(W("ABC")) == hash(W("abc")), W("a") < W("B"), sorted([W("b"), W("A"), W("c")]))
print(W("C:\\Users\\ann\\x.txt").relative_to("c:/users"), W("c:/a/b").is_relative_to("C:/A"), W("a").is_relative_to("b"))
try:
    W("c:/a").relative_to("d:/")
except ValueError as e:
    print(type(e).__name__, e)
print(W("C:\\a\\b.txt").with_name("c.md"), W("C:\\a\\b.txt").with_suffix(".bak"), W("x.py").with_stem("y"))
for bad in ["d:e", "a\\b", "a/b", ""]:
    try:
        W("C:\\a\\b.txt").with_name(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(W("C:\\Dir\\File.PY").match("*.py"), W("C:\\Dir\\File.PY").match("dir\\*.PY"), W("C:\\Dir\\File.PY").match("c:/*/*.py"), W("b.py").match("c:*.py"))
print(W("c:/dir/nul").is_reserved(), W("aux.txt").is_reserved(), W("x/con").is_reserved(), W("file").is_reserved(), W("//s/sh/nul").is_reserved())
print(W("c:/a b/c").as_uri(), W("//server/share/f").as_uri())
try:
    W("rel").as_uri()
except ValueError as e:
    print(type(e).__name__, e)
print(type(PurePath("x")).__name__, W("C:/x").joinpath("y", "z"), "c:\\t" / W("q"))
try:
    W("a") < P("a")
except TypeError as e:
    print(type(e).__name__, e)
print(str(W("C:/a/b")), f"{W('x/y')}", W("x\\y").parts)
