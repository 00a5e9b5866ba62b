# shutil.make_archive / unpack_archive and zipfile.write from disk with fixed mtimes; zipfile.Path.
import os
import shutil
import tempfile
import zipfile

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "project")
    for rel, text in [("main.py", "print('main')\n"), ("pkg/__init__.py", ""), ("pkg/mod.py", "X = 1\n" * 10),
                      ("data/values.csv", "a,b\n1,2\n")]:
        full = os.path.join(src, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as f:
            f.write(text)
    for dirpath, dirnames, filenames in os.walk(src):
        for n in filenames + dirnames:
            os.utime(os.path.join(dirpath, n), (1_577_880_000, 1_577_880_000))
    print(sorted(name for name, desc in shutil.get_archive_formats()))
    print(sorted(name for name, exts, desc in shutil.get_unpack_formats()))
    archive = shutil.make_archive(os.path.join(tmp, "backup"), "zip", root_dir=src)
    print(os.path.relpath(archive, tmp))
    with zipfile.ZipFile(archive) as z:
        for info in sorted(z.infolist(), key=lambda i: i.filename):
            print(info.filename, info.file_size, info.date_time, info.is_dir())
    out = os.path.join(tmp, "restored")
    shutil.unpack_archive(archive, out)
    print(sorted(os.path.relpath(os.path.join(d, f), out) for d, _, fs in os.walk(out) for f in fs))
    tar = shutil.make_archive(os.path.join(tmp, "backup"), "gztar", root_dir=tmp, base_dir="project")
    print(os.path.basename(tar))
    try:
        shutil.make_archive(os.path.join(tmp, "x"), "rar", root_dir=src)
    except ValueError as e:
        print(type(e).__name__, e)

    zpath = os.path.join(tmp, "manual.zip")
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(os.path.join(src, "main.py"), arcname="main.py")
        z.write(os.path.join(src, "pkg"), arcname="pkg")
        z.write(os.path.join(src, "pkg", "mod.py"), arcname="pkg/mod.py")
    with zipfile.ZipFile(zpath) as z:
        for i in z.infolist():
            print(i.filename, i.date_time, i.compress_type, i.external_attr >> 16 & 0o170000 == 0o040000)
        root = zipfile.Path(z)
        print(sorted(p.name for p in root.iterdir()))
        mod = root / "pkg" / "mod.py"
        print(mod.exists(), mod.is_file(), mod.read_text().count("X"), (root / "pkg").is_dir())
    info = zipfile.ZipInfo.from_file(os.path.join(src, "main.py"), arcname="renamed.py")
    print(info.filename, info.date_time, info.file_size)
