# Build a directory tree and walk it with os.walk, sorted, topdown and bottom-up.
import os
import tempfile

layout = {
    "src/main.py": "print('hi')\n",
    "src/util/helpers.py": "def f(): pass\n",
    "src/util/__init__.py": "",
    "docs/readme.md": "# Readme\n\nText.\n",
    "docs/img/logo.png": "\x89PNG fake",
    "tests/test_main.py": "assert True\n",
    "setup.cfg": "[metadata]\nname = demo\n",
}

with tempfile.TemporaryDirectory() as root:
    for rel, content in layout.items():
        full = os.path.join(root, *rel.split("/"))
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(content)
    os.makedirs(os.path.join(root, "empty", "deeper"))

    print("top-down:")
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        depth = 0 if rel == "." else rel.count(os.sep) + 1
        print("  " * depth + (rel if rel != "." else "<root>") + "/", sorted(filenames))

    print("bottom-up:")
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        pass
    order = [os.path.relpath(d, root) for d, _, _ in sorted(os.walk(root, topdown=False))]
    print(order)

    print("pruned (skip docs):")
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "docs")
        for name in sorted(filenames):
            print("  ", os.path.relpath(os.path.join(dirpath, name), root))

    total = 0
    counts = {}
    for dirpath, _, filenames in os.walk(root):
        for name in filenames:
            size = os.path.getsize(os.path.join(dirpath, name))
            total += size
            ext = os.path.splitext(name)[1] or "(none)"
            counts[ext] = counts.get(ext, 0) + 1
    print("total bytes:", total)
    print(sorted(counts.items()))

    errors = []
    print(list(os.walk(os.path.join(root, "nope"), onerror=errors.append)), [type(e).__name__ for e in errors])

    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        for name in filenames:
            os.remove(os.path.join(dirpath, name))
        for name in dirnames:
            os.rmdir(os.path.join(dirpath, name))
    print("after manual cleanup:", os.listdir(root))
