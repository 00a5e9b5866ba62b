import os.path as op
for p in [b"/usr/lib/x.py", b"rel/", b"a.tar.gz", b"", "caf\u00e9/x".encode(), b"/"]:
    print(p, op.basename(p), op.dirname(p), op.split(p), op.splitext(p), op.isabs(p), op.normpath(p), op.splitdrive(p), op.normcase(p))
print(op.join(b"a", b"b", b"/c", b"d"), op.join(b"x"), op.commonprefix([b"/ab", b"/ac"]), op.commonpath([b"/a/b", b"/a/c"]))
print(op.exists(b"/"), op.isdir(b"/"), op.isfile(b"/nope"))
for args in [("a", b"b"), (b"a", "b"), ("a", 3), (3,), ("a", None)]:
    try:
        op.join(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [[b"/a", "/b"], []]:
    try:
        print(op.commonpath(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(op.commonprefix([])), op.commonprefix(["abc", "abd"]))
try:
    op.basename(3)
except TypeError as e:
    print(type(e).__name__, e)
import pathlib
print(op.join(pathlib.PurePath("a"), "b"), op.commonpath([pathlib.PurePath("/x/y"), "/x/z"]))
