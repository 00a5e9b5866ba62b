# shutil: copy, copy2, copyfile, copytree (with ignore), move, rmtree, disk-free-free helpers.
import os
import shutil
import tempfile

def tree(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            out.append((os.path.relpath(full, root), os.path.getsize(full)))
    return out

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "lib", "cache"))
    for rel, text in [("a.txt", "alpha"), ("b.log", "beta log"), ("lib/mod.py", "x = 1"),
                      ("lib/cache/junk.pyc", "junk"), ("lib/notes.txt", "notes!")]:
        with open(os.path.join(src, rel), "w") as f:
            f.write(text)

    dst_file = shutil.copy(os.path.join(src, "a.txt"), tmp)
    print(os.path.relpath(dst_file, tmp), open(dst_file).read())
    print(os.path.relpath(shutil.copy2(os.path.join(src, "b.log"), os.path.join(tmp, "b2.log")), tmp))
    print(os.path.relpath(shutil.copyfile(os.path.join(src, "a.txt"), os.path.join(tmp, "c.txt")), tmp))
    try:
        shutil.copyfile(os.path.join(src, "a.txt"), os.path.join(src, "a.txt"))
    except shutil.SameFileError as e:
        print(type(e).__name__, str(e).replace(tmp, "<tmp>"))
    try:
        shutil.copy(os.path.join(src, "nope.txt"), tmp)
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror)

    dst = os.path.join(tmp, "copy")
    r = shutil.copytree(src, dst, ignore=shutil.ignore_patterns("*.pyc", "cache"))
    print(os.path.relpath(r, tmp), tree(dst))
    try:
        shutil.copytree(src, dst)
    except FileExistsError as e:
        print(type(e).__name__, e.strerror)
    shutil.copytree(src, dst, dirs_exist_ok=True)
    print(len(tree(dst)))

    moved = shutil.move(os.path.join(tmp, "c.txt"), os.path.join(tmp, "copy"))
    print(os.path.relpath(moved, tmp))
    moved = shutil.move(os.path.join(tmp, "copy", "lib"), os.path.join(tmp, "lib_moved"))
    print(os.path.relpath(moved, tmp), sorted(os.listdir(moved)))

    shutil.rmtree(dst)
    print(os.path.exists(dst))
    try:
        shutil.rmtree(os.path.join(tmp, "never"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror)
    shutil.rmtree(os.path.join(tmp, "never"), ignore_errors=True)
    print(sorted(os.listdir(tmp)))
    print(shutil.which("definitely-not-a-command-xyz"))
    with open(os.path.join(tmp, "big.txt"), "w") as f:
        f.write("0123456789" * 100)
    with open(os.path.join(tmp, "big.txt"), "rb") as fsrc, open(os.path.join(tmp, "big2.txt"), "wb") as fdst:
        shutil.copyfileobj(fsrc, fdst, length=64)
    print(os.path.getsize(os.path.join(tmp, "big2.txt")))
