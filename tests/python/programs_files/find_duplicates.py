# Find duplicate files by size, then by hash of their first block, then by full hash.
import hashlib
import os
import tempfile
from collections import defaultdict

def hash_file(path, first_only=False, block=1024):
    h = hashlib.md5()
    with open(path, "rb") as f:
        if first_only:
            h.update(f.read(block))
        else:
            for chunk in iter(lambda: f.read(block), b""):
                h.update(chunk)
    return h.hexdigest()

with tempfile.TemporaryDirectory() as tmp:
    contents = {
        "a/report.txt": b"quarterly report\n" * 100,
        "b/report_copy.txt": b"quarterly report\n" * 100,
        "b/report_edit.txt": b"quarterly report\n" * 99 + b"quarterly REPORT\n",
        "c/logo.png": bytes(range(256)) * 8,
        "c/logo_backup.png": bytes(range(256)) * 8,
        "c/deep/logo3.png": bytes(range(256)) * 8,
        "unique.bin": b"\x00\x01",
        "empty1": b"",
        "empty2": b"",
    }
    for rel, data in contents.items():
        full = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)

    by_size = defaultdict(list)
    for dirpath, _, files in os.walk(tmp):
        for name in files:
            full = os.path.join(dirpath, name)
            by_size[os.path.getsize(full)].append(full)
    candidates = {s: sorted(p) for s, p in by_size.items() if len(p) > 1}
    print("size groups:", sorted((s, len(p)) for s, p in candidates.items()))

    by_head = defaultdict(list)
    for size, paths in candidates.items():
        for p in paths:
            by_head[(size, hash_file(p, first_only=True))].append(p)
    by_full = defaultdict(list)
    for key, paths in by_head.items():
        if len(paths) > 1:
            for p in paths:
                by_full[hash_file(p)].append(os.path.relpath(p, tmp))
    groups = sorted(sorted(g) for g in by_full.values() if len(g) > 1)
    for g in groups:
        print(len(g), g)
    wasted = sum(os.path.getsize(os.path.join(tmp, g[0])) * (len(g) - 1) for g in groups)
    print("bytes wasted:", wasted)
    for g in groups:
        for extra in g[1:]:
            os.remove(os.path.join(tmp, extra))
    remaining = sorted(os.path.relpath(os.path.join(d, n), tmp) for d, _, fs in os.walk(tmp) for n in fs)
    print(remaining)
