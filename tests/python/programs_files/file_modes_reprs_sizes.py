# File object modes and reprs (open, closed, by descriptor), writes of arrays and memoryviews, negative sizes.
import os, tempfile, array, io
tmp = tempfile.mkdtemp(); os.chdir(tmp)
open("e.txt", "w").close(); print(os.path.getsize("e.txt"))
for m in ["a+b", "w+b", "r+b", "xb", "ab", "x+b"]:
    if "x" in m and os.path.exists("x.bin"): os.remove("x.bin")
    with open("x.bin", m) as f: print(m, f.mode, f.raw.mode, repr(f))
with open("x.bin", "rb", buffering=0) as f: pass
print(repr(f), f.name, f.closed)
with open("x.bin", "r") as t: pass
print(repr(t), repr(t.buffer), t.name)
fd = os.open("x.bin", os.O_RDONLY)
b = open(fd, "rb"); print(repr(b), b.name, repr(b.raw)); b.close()
with open("x.bin", "wb") as f:
    print(f.write(array.array("i", [1, 2])), f.write(memoryview(b"abcd").cast("H")), f.tell())
print(open("x.bin", "rb").read())
with open("x.bin", "rb") as f:
    try:
        f.read(-5)
    except ValueError as e:
        print(type(e).__name__, e)
    print(f.read(-1)[:4], f.seek(0), f.readline(None), f.readlines(-1))
with open("e.txt", "a") as f: print(f.tell(), f.write("abc"), f.tell())
with open("e.txt", "a") as f: print(f.tell())
with open("e.txt") as f:
    print(f.buffer.readline(), list(f.buffer))
with open("e.txt", "rb") as f:
    print(f.read(0), f.read(), f.read(), f.read1(), f.peek())
print(os.path.getsize("e.txt"), os.stat("e.txt").st_size)
import shutil; os.chdir("/"); shutil.rmtree(tmp)
