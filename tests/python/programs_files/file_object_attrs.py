# Attributes and reprs of file objects (names relative to the temp dir).
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("a.txt", "w") as f:
        print(repr(f))
        print(type(f).__name__, f.name, f.mode, f.encoding, f.closed, f.line_buffering)
        print(type(f.buffer).__name__, f.buffer.name, f.buffer.mode)
        print(type(f.buffer.raw).__name__, f.buffer.raw.mode, f.buffer.raw.closefd)
        print(f.readable(), f.writable(), f.seekable(), f.isatty())
        print(isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), isinstance(f, io.TextIOWrapper))
    print(repr(f))
    with open("a.txt", "rb") as f:
        print(repr(f))
        print(type(f).__name__, isinstance(f, io.BufferedIOBase), isinstance(f, io.RawIOBase))
    with open("a.txt", "r+b") as f:
        print(repr(f), type(f).__name__)
    with open("a.txt", "ab") as f:
        print(repr(f), type(f).__name__)
    with open("a.txt", "rb", buffering=0) as f:
        print(repr(f), type(f).__name__, isinstance(f, io.RawIOBase))
    with open("a.txt", "w", buffering=1) as f:
        print(f.line_buffering)
    try:
        open("a.txt", "w", buffering=0)
    except ValueError as e:
        print(type(e).__name__, e)
    with open("a.txt", "a+", encoding="latin-1") as f:
        print(repr(f))
    fd = os.open("a.txt", os.O_RDONLY)
    with open(fd, closefd=True) as f:
        print(f.name == fd, f.mode, repr(f.read()))
    os.chdir(os.path.dirname(tmp))
    print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
