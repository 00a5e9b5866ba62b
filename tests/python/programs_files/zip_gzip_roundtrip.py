# zipfile and gzip round trips with fixed timestamps: listing, reading, appending, errors.
import gzip
import io
import os
import tempfile
import zipfile
import zlib

with tempfile.TemporaryDirectory() as tmp:
    zpath = os.path.join(tmp, "bundle.zip")
    with zipfile.ZipFile(zpath, "w", compression=zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("docs/readme.txt", date_time=(2020, 1, 2, 3, 4, 6))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, "Read me first.\n" * 20)
        info2 = zipfile.ZipInfo("data/numbers.csv", date_time=(1999, 12, 31, 23, 59, 58))
        z.writestr(info2, "\n".join(str(i * i) for i in range(50)))
        info3 = zipfile.ZipInfo("empty/", date_time=(2000, 1, 1, 0, 0, 0))
        z.writestr(info3, "")
    with zipfile.ZipFile(zpath) as z:
        print(z.namelist())
        for i in z.infolist():
            print(i.filename, i.date_time, i.file_size, i.compress_type, i.is_dir(), i.CRC == zlib.crc32(z.read(i)) if not i.is_dir() else "-")
        print(z.read("docs/readme.txt")[:15])
        with z.open("data/numbers.csv") as member:
            print([line.strip() for line in member][:5])
        with z.open("data/numbers.csv") as member:
            print(io.TextIOWrapper(member, encoding="ascii").readlines()[-1])
        print(z.testzip())
        try:
            z.read("nope.txt")
        except KeyError as e:
            print(type(e).__name__, e)
        print(z.getinfo("docs/readme.txt").compress_size < 20 * 15)
    with zipfile.ZipFile(zpath, "a") as z:
        z.writestr(zipfile.ZipInfo("added.txt", date_time=(2021, 5, 5, 5, 5, 5)), b"appended")
    with zipfile.ZipFile(zpath) as z:
        print(sorted(z.namelist()), z.read("added.txt"))
        out = os.path.join(tmp, "out")
        z.extractall(out)
    for dirpath, dirnames, filenames in sorted(os.walk(out)):
        print(os.path.relpath(dirpath, out), sorted(dirnames), sorted(filenames))
    print(zipfile.is_zipfile(zpath), zipfile.is_zipfile(os.path.join(out, "added.txt")))
    try:
        zipfile.ZipFile(os.path.join(out, "added.txt"))
    except zipfile.BadZipFile as e:
        print(type(e).__name__, e)

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("a.txt", date_time=(2022, 2, 2, 2, 2, 2)), "stored")
    print(len(buf.getvalue()), zipfile.ZipFile(io.BytesIO(buf.getvalue())).read("a.txt"))

    gpath = os.path.join(tmp, "log.txt.gz")
    text = "".join(f"line {i}: {'x' * (i % 7)}\n" for i in range(30))
    with gzip.GzipFile(gpath, "wb", mtime=0) as g:
        g.write(text.encode())
    raw = open(gpath, "rb").read()
    print(raw[:4].hex(), len(raw) < len(text))
    with gzip.open(gpath, "rt", encoding="utf-8") as g:
        lines = g.readlines()
    print(len(lines), lines[7])
    with gzip.open(gpath, "rb") as g:
        g.seek(10)
        print(g.read(12), g.tell())
    data = gzip.compress(b"hello hello hello", mtime=0)
    print(data.hex(), gzip.decompress(data))
    print(gzip.decompress(gzip.compress(b"", mtime=0)))
    with gzip.open(gpath, "at") as g:
        g.write("appended member\n")
    with gzip.open(gpath, "rt") as g:
        print(g.read().splitlines()[-2:])
    try:
        gzip.decompress(b"not gzip data")
    except gzip.BadGzipFile as e:
        print(type(e).__name__, e)
    with open(os.path.join(tmp, "plain.txt"), "w") as f:
        f.write("plain")
    try:
        with gzip.open(os.path.join(tmp, "plain.txt")) as g:
            g.read()
    except OSError as e:
        print(type(e).__name__, e)
