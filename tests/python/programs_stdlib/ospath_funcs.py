import os.path as op
import os

paths = ["/usr/lib/python3/os.py", "rel/dir/", "file.tar.gz", ".bashrc", "/", "", "a/../b", "//double//slash/"]
for p in paths:
    print(repr(p), op.split(p), op.splitext(p), repr(op.basename(p)), repr(op.dirname(p)), op.isabs(p))
print(op.join("a", "b", "c"), op.join("a/", "/b", "c"), op.join("", "x"), op.join("a", ""))
for p in ["a/./b/../c", "/../x", "./", "a//b", "../../x/..", "", "/a/b/../../.."]:
    print(repr(p), repr(op.normpath(p)))
print(op.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"]), op.commonpath(["/usr/lib", "/usr/local"]))
try:
    op.commonpath(["/abs", "rel"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    op.commonpath([])
except ValueError as e:
    print(type(e).__name__, e)
print(op.relpath("/a/b/c", "/a"), op.relpath("/a", "/a/b/c"), op.relpath("/x/y", "/x/y"))
print(op.splitext("archive.tar.gz"), op.splitext(".hidden"), op.splitext("a.b/c"), op.splitext("x..y"))
print(op.expanduser("~nonexistentuser123/x"), op.normcase("/A/B"))
print(op.splitdrive("/a/b"), op.sep, op.extsep, op.pardir, op.curdir)
print(op.join(b"a", b"b"), op.basename(b"/x/y.z"))
try:
    op.join("a", b"b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    op.join("a", 3)
except TypeError as e:
    print(type(e).__name__, e)
print(op.exists("/definitely/not/here"), op.isdir("/"), op.isfile("/"))
os.environ["WEFT_TEST_VAR"] = "value"
print(op.expandvars("$WEFT_TEST_VAR/x/${WEFT_TEST_VAR}/$NOPE_NOT_SET"))
print(os.environ.get("NOPE_NOT_SET", "dflt"), "WEFT_TEST_VAR" in os.environ)
del os.environ["WEFT_TEST_VAR"]
print(os.getenv("WEFT_TEST_VAR"))
print(os.sep, os.linesep == "\n", os.name, os.curdir)
print(os.path.abspath("/a/b/../c"), os.path.realpath("/") )
