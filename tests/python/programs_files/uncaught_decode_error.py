# Reading a Latin-1 file as UTF-8 ends the program with an uncaught UnicodeDecodeError.
import os
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "legacy.txt")
with open(path, "w", encoding="latin-1") as f:
    f.write("Größe: 42\nPreis: 9€\n".replace("€", "E"))
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(f.read().splitlines())
os.remove(path)
os.rmdir(tmp)
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "legacy.txt")
with open(path, "wb") as f:
    f.write(b"line one\nGr\xf6\xdfe\n")
with open(path, encoding="utf-8") as f:
    print(f.readline(), end="")
    os.remove(path)
    os.rmdir(tmp)
    print(f.readline())
