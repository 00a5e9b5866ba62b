# os.path string functions (pure) and queries inside a temp dir.
import os
import os.path as op
import tempfile

paths = ["/usr/local/lib/python3.11/site.py", "relative/dir/", "file.tar.gz", ".bashrc",
         "a//b///c", "/", "", "..", "./x/../y", "~/notes.txt", "dir.d/file", "/a/b/../../c/."]
for p in paths:
    print(repr(p), op.basename(p), op.dirname(p), op.split(p), op.splitext(p), op.normpath(p) if p else "")

print(op.join("a", "b", "c.txt"), op.join("a/", "/abs", "c"), op.join("", "x"), op.join("x", ""))
print(op.isabs("/x"), op.isabs("x"), op.isabs(""))
print(op.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"]))
print(op.commonpath(["/usr/lib", "/usr/local/bin", "/usr/libexec"]))
try:
    op.commonpath(["/abs", "rel"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    op.commonpath([])
except ValueError as e:
    print(type(e).__name__, e)
print(op.relpath("/a/b/c/d", "/a/b"), op.relpath("/a/x", "/a/b/c"), op.relpath("/a", "/a"))
print(op.splitdrive("/x/y"), op.normcase("MiXeD/Case"))
print(op.expandvars("$NOPE_NOT_SET/x ${ALSO_NOT}"), op.sep, op.extsep, op.pardir, op.curdir)

with tempfile.TemporaryDirectory() as tmp:
    f = op.join(tmp, "data.bin")
    with open(f, "wb") as h:
        h.write(b"x" * 1234)
    d = op.join(tmp, "sub")
    os.mkdir(d)
    for p in [f, d, op.join(tmp, "ghost")]:
        name = op.relpath(p, tmp)
        print(name, op.exists(p), op.isfile(p), op.isdir(p), op.islink(p), op.lexists(p))
    print(op.getsize(f), op.getsize(d) >= 0)
    print(op.samefile(f, op.join(d, "..", "data.bin")))
    os.symlink(f, op.join(tmp, "link"))
    print(op.islink(op.join(tmp, "link")), op.realpath(op.join(tmp, "link")) == op.realpath(f))
    print(op.relpath(op.abspath(op.join(tmp, "sub", "..", "data.bin")), tmp))
    try:
        op.getsize(op.join(tmp, "ghost"))
    except OSError as e:
        print(type(e).__name__, e.errno, op.basename(e.filename))
