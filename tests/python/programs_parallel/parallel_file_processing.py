import os
import tempfile
import hashlib
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.dummy import Pool

CONTENTS = {
    "alpha.txt": "one two three\nfour five\n",
    "beta.txt": "lorem ipsum dolor sit amet\n" * 3,
    "gamma.csv": "id,value\n1,10\n2,20\n3,30\n",
    "empty.txt": "",
}

def analyse(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    return os.path.basename(path), len(text), len(text.split()), text.count("\n"), digest

with tempfile.TemporaryDirectory() as root:
    paths = []
    for name, body in sorted(CONTENTS.items()):
        p = os.path.join(root, name)
        with open(p, "w", encoding="utf-8") as f:
            f.write(body)
        paths.append(p)
    with ThreadPoolExecutor(max_workers=3) as ex:
        rows = list(ex.map(analyse, paths))
    print(f"{'file':<10} {'chars':>5} {'words':>5} {'lines':>5}  sha256")
    for name, chars, words, lines, digest in rows:
        print(f"{name:<10} {chars:>5} {words:>5} {lines:>5}  {digest}")
    print("totals", [sum(col) for col in list(zip(*rows))[1:4]])

    def upper_copy(path):
        out = path + ".upper"
        with open(path, encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
            dst.write(src.read().upper())
        return os.path.basename(out), os.path.getsize(out)
    with Pool(2) as pool:
        print(sorted(pool.map(upper_copy, paths)))
    print(sorted(os.listdir(root)))
    with open(os.path.join(root, "alpha.txt.upper"), encoding="utf-8") as f:
        print(repr(f.read()))

    def missing(name):
        with open(os.path.join(root, name)) as f:
            return f.read()
    with ThreadPoolExecutor(1) as ex:
        fut = ex.submit(missing, "nope.txt")
        e = fut.exception()
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
