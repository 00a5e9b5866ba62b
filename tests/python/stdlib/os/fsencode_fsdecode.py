import os, pathlib
print(os.fsdecode(b"abc"), os.fsencode("x"), os.fsencode(pathlib.Path("a/b")), os.fsdecode(pathlib.Path("c")))
print(os.fsencode("caf\xe9"), os.fsdecode(b"caf\xc3\xa9"), ascii(os.fsdecode(b"\xff")), os.fsencode(os.fsdecode(b"\xff")))
try:
    os.fsencode(3)
except TypeError as e:
    print(e)
