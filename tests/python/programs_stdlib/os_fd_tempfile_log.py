import os, tempfile

fd, path = tempfile.mkstemp(prefix="journal_", suffix=".log")
try:
    print(fd >= 3, os.path.basename(path).startswith("journal_"), path.endswith(".log"))
    for i in range(3):
        n = os.write(fd, f"entry {i}\n".encode())
        print("wrote", n)
    print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_END))
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while True:
        chunk = os.read(fd, 7)
        if not chunk:
            break
        chunks.append(chunk)
    print(chunks)
    print(b"".join(chunks).decode().splitlines())
finally:
    os.close(fd)
with open(path, "a") as f:
    f.write("entry 3\n")
with open(path) as f:
    print(sum(1 for _ in f))
fd = os.open(path, os.O_RDONLY)
with os.fdopen(fd) as f:
    print(f.readline().rstrip(), f.read().count("entry"))
try:
    os.read(fd, 1)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
os.remove(path)
print(os.path.exists(path))
