# pathlib read/write with encodings, newline translation, errors, open modes, exclusive creation.
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    d = Path(tmp)
    p = d / "notes.txt"
    print(p.write_text("line one\nline two\n", encoding="utf-8"))
    print(p.read_bytes())
    print(p.write_text("crlf\n", newline="\r\n"), p.read_bytes())
    print(repr(p.read_text()), repr(p.open(newline="").read()))
    p.write_bytes("caf\xe9".encode("latin-1"))
    try:
        p.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    print(p.read_text(encoding="utf-8", errors="replace"), p.read_text(encoding="latin-1"))
    with p.open("a", encoding="latin-1") as f:
        f.write(" crème")
    print(p.read_text(encoding="latin-1"))
    new = d / "exclusive.txt"
    with new.open("x") as f:
        f.write("first")
    try:
        new.open("x")
    except FileExistsError as e:
        print(type(e).__name__, e.strerror)
    with new.open("rb") as f:
        print(type(f).__name__, f.read())
    try:
        p.write_text(b"bytes")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        p.write_bytes("text")
    except TypeError as e:
        print(type(e).__name__, e)
    print(p.write_bytes(bytearray(b"ba")), p.write_bytes(memoryview(b"mv")), p.read_bytes())
    lines = [f"{i:03d}\n" for i in range(5)]
    (d / "many.txt").write_text("".join(lines))
    with (d / "many.txt").open() as f:
        print([line.strip() for line in f][::2])
    print(sorted(x.name for x in d.iterdir()), (d / "many.txt").stat().st_size)
    try:
        (d / "no" / "such" / "file.txt").write_text("x")
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror, Path(e.filename).relative_to(d))
