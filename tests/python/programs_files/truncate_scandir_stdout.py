# Text truncate() after reading, newline-translated write counts, DirEntry reprs, closed-file queries, sys.stdout.
import os
import sys
import tempfile
from pathlib import Path

tmp = tempfile.mkdtemp()
os.chdir(tmp)
with open("a.txt", "w", newline="\r\n") as f:
    print(f.write("x\ny\n"), f.tell())
with open("a.txt") as f:
    print(f, repr(f.read(None)), repr(f.readline(-1)))
    f.seek(0)
    print(f.readlines(None))
with open("a.txt", "r+") as f:
    f.read(1)
    print(f.truncate(), f.tell(), repr(f.read()))
    print(f.truncate(2), f.tell())
print(open("a.txt", "rb").read())
os.mkdir("d")
for e in sorted(os.scandir("."), key=lambda e: e.name):
    print(repr(e), e.is_file(follow_symlinks=False), e.is_dir(), e.inode() > 0, os.fspath(e))
f = open("a.txt")
f.close()
for op in ("readable", "writable", "seekable", "isatty"):
    try:
        print(op, getattr(f, op)())
    except ValueError as e:
        print(op, e)
w = open("w.txt", "w")
w.close()
print(w.readable(), repr(w))
try:
    list(Path("nope").iterdir())
except FileNotFoundError as e:
    print(e)
print(list(Path("nope").glob("*")), list(Path(".").glob("nope/*")))
os.chdir("/")
for name in ("a.txt", "w.txt"):
    os.remove(os.path.join(tmp, name))
os.rmdir(os.path.join(tmp, "d"))
os.rmdir(tmp)
print(sys.stdout.write("hi\n"), sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable())
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdout.encoding, sys.stdout.errors)
print(repr(sys.stdout), sys.stdout.isatty(), sys.stdin.mode)
