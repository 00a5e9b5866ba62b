# PurePath corners: relative_to errors, match, joinpath, as_uri, Windows paths, ordering, parents indexing.
from pathlib import PurePosixPath as P, PurePath, PureWindowsPath
cases = [("/a/b", "/c"), ("a/b", "/a"), ("/a/b", "a"), ("a", "a/b"), ("a/b", "a")]
for x, y in cases:
    try: print(P(x).relative_to(y))
    except ValueError as e: print("ValueError", e)
print(P("/a/b").relative_to("/a", "b"), P("a/b/c").relative_to("a", "b"))
print(P("a/b").match("b"), P("a/b").match("a/*"), P("/a/b").match("/*/b"), P("a/b").match("/a/b"), P("A/B").match("a/b"))
print(P("a").joinpath(P("b"), "c"), P("a") / P("/b"), "x" / P("y"), P("a").is_reserved())
print(P("/tmp/some file#1.txt").as_uri(), P("/ü").as_uri())
print(P("a//b/./c/").parts, P("/").parts, P("//a").parts, P("///a").parts, P("").parts)
print(P("a/b").with_stem("z"), P("a/.b").with_suffix(".c") if False else "", P("x.tar.gz").with_suffix(""))
print(PureWindowsPath("C:\\Users\\x\\file.txt").parts, PureWindowsPath("C:/a/b").as_posix(), PureWindowsPath("c:/A") == PureWindowsPath("C:/a"))
print(PureWindowsPath("C:\\a").drive, PureWindowsPath("C:\\a").root, PureWindowsPath("\\\\server\\share\\x").anchor)
print(sorted([P("b"), P("a/c"), P("a")]), P("a") == "a", hash(P("a")) == hash(P("a")))
try: P("a") < "b"
except TypeError as e: print("TypeError", e)
try: P(5)
except TypeError as e: print("TypeError", e)
try: P("a").with_name("b/c")
except ValueError as e: print("ValueError", e)
try: P("a").with_suffix("/.c")
except ValueError as e: print("ValueError", e)
print(P("a/b/c.txt").parents[1], P("a/b").parents[-1], list(P("/a/b").parents))
try: P("a/b").parents[5]
except IndexError as e: print("IndexError", e)
print(P("a/b").parents[0:2] if hasattr(P("a").parents, "__getitem__") else "")
print(repr(__import__("pathlib").PurePosixPath("a/b").parents))
import collections.abc; print(isinstance(__import__("pathlib").PurePosixPath("a").parents, collections.abc.Sequence))
