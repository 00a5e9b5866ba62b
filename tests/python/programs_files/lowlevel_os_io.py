# Low-level os.open/os.read/os.write/os.lseek with flags, and os.fdopen wrapping a descriptor.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "raw.bin")
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(type(fd).__name__, os.write(fd, b"hello "), os.write(fd, bytearray(b"world")))
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)

    fd = os.open(p, os.O_RDWR)
    print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 10))
    print(os.lseek(fd, 0, os.SEEK_SET), os.lseek(fd, -5, os.SEEK_END), os.read(fd, 3))
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, b"J")
    os.ftruncate(fd, 8)
    os.lseek(fd, 0, 0)
    print(os.read(fd, 100), os.fstat(fd).st_size)
    os.close(fd)

    fd = os.open(p, os.O_WRONLY | os.O_APPEND)
    os.write(fd, b"+tail")
    os.close(fd)
    with open(p, "rb") as f:
        print(f.read())

    try:
        os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.open(os.path.join(tmp, "missing"), os.O_RDONLY)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    try:
        os.read(12345, 1)
    except OSError as e:
        print(type(e).__name__, e)

    fd = os.open(p, os.O_RDONLY)
    with os.fdopen(fd, "r") as f:
        print(type(f).__name__, f.read(), f.name == fd)
    try:
        os.fstat(fd)
    except OSError as e:
        print("closed by fdopen:", e.strerror)
    fd = os.open(os.path.join(tmp, "new.txt"), os.O_CREAT | os.O_WRONLY, 0o600)
    with open(fd, "w", encoding="utf-8") as f:
        f.write("via open(fd)\n")
    print(open(os.path.join(tmp, "new.txt")).read(), end="")
    print(os.path.exists(os.devnull), os.devnull)
    with open(os.devnull, "w") as f:
        print(f.write("discarded"))
