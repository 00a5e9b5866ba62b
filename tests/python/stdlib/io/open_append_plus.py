"""Mode 'a+': reads from anywhere, every write goes to the end; tell() starts at the end."""
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "log.txt")
with open(p, "w") as f:
    f.write("one\ntwo\n")
with open(p, "a+") as f:
    print(f.tell())
    f.seek(0)
    print(repr(f.readline()))
    f.write("three\n")
    print(f.tell())
    f.seek(0)
    print(f.read().splitlines())
with open(p, "ab+") as f:
    f.seek(0)
    print(f.read(3))
    f.write(b"four\n")
with open(p, "rb") as f:
    print(f.read())
with open(os.path.join(d, "new.txt"), "a+") as f:
    f.write("created")
    f.seek(0)
    print(f.read())
