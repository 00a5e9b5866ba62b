import os, tempfile
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f.bin")
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(fd, type(fd).__name__)
    print(os.write(fd, b"hello "), os.write(fd, bytearray(b"world\n")))
    os.close(fd)
    fd = os.open(p, os.O_RDONLY)
    print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
    print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3), os.lseek(fd, -2, os.SEEK_END), os.read(fd, 10), os.lseek(fd, 0, os.SEEK_CUR))
    print(os.isatty(fd))
    os.close(fd)
    for bad in (lambda: os.close(fd), lambda: os.read(fd, 1), lambda: os.write(999, b"x"), lambda: os.read(3.5, 1), lambda: os.write(3, "str")):
        try:
            bad()
        except (OSError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        os.open(os.path.join(d, "missing"), os.O_RDONLY)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    fd = os.open(p, os.O_RDWR | os.O_APPEND if False else os.O_RDWR)
    os.lseek(fd, 0, os.SEEK_END)
    os.write(fd, b"more\n")
    os.ftruncate(fd, 4)
    os.lseek(fd, 0, 0)
    print(os.read(fd, 100))
    os.close(fd)
    fd, path = tempfile.mkstemp(dir=d, suffix=".txt", text=True)
    print(fd, os.path.basename(path).endswith(".txt"))
    with os.fdopen(fd, "w") as f:
        f.write("via fdopen\nline 2\n")
        print(f.name == fd, f.mode)
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e)
    with open(path) as f:
        print(f.read().splitlines())
    fd = os.open(path, os.O_RDONLY)
    with open(fd, "rb") as f:
        print(f.read(), f.name == fd)
    fd2 = os.open(path, os.O_WRONLY | os.O_APPEND)
    os.write(fd2, b"appended\n")
    os.close(fd2)
    print(open(path).read().count("\n"))
    fds = [os.open(path, os.O_RDONLY) for _ in range(3)]
    print([f - fds[0] for f in fds])
    os.close(fds[1])
    print(os.open(path, os.O_RDONLY) == fds[1])
    try:
        os.fdopen("x")
    except TypeError as e:
        print(type(e).__name__, e)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND)
