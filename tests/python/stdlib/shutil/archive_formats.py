# shutil.make_archive/unpack_archive (zip, tar, gztar) and the format registries.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "sub"))
    with open(os.path.join(src, "a.txt"), "w") as f:
        f.write("alpha")
    with open(os.path.join(src, "sub", "b.txt"), "w") as f:
        f.write("beta")
    print(shutil.get_archive_formats())
    print(shutil.get_unpack_formats()[-1])
    for fmt in ("zip", "tar", "gztar"):
        name = shutil.make_archive(os.path.join(tmp, "out", "arch"), fmt, root_dir=src)
        dest = os.path.join(tmp, "x_" + fmt)
        shutil.unpack_archive(name, dest)
        files = sorted(os.path.relpath(os.path.join(d, n), dest) for d, _, ns in os.walk(dest) for n in ns)
        print(fmt, os.path.relpath(name, tmp), files)
    try:
        shutil.unpack_archive(os.path.join(src, "a.txt"))
    except shutil.ReadError as e:
        print(type(e).__name__, str(e).replace(tmp, "<tmp>"))
    try:
        shutil.unpack_archive(name, tmp, format="7z")
    except ValueError as e:
        print(type(e).__name__, e)
    calls = []
    shutil.register_archive_format("fake", lambda base, base_dir, **kw: calls.append((os.path.basename(base), base_dir)) or "made", description="fake")
    print(shutil.make_archive(os.path.join(tmp, "f"), "fake"), calls)
    shutil.unregister_archive_format("fake")
    try:
        shutil.register_unpack_format("mine", [".zip"], print)
    except shutil.RegistryError as e:
        print(type(e).__name__, e)
