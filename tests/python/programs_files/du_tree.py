# Directory tree printer (like `tree`) and disk-usage summary with human-readable sizes.
import os
import tempfile

def human(n):
    for unit in ["B", "K", "M", "G"]:
        if n < 1024:
            return f"{n:.0f}{unit}" if unit == "B" else f"{n:.1f}{unit}"
        n /= 1024
    return f"{n:.1f}T"

def tree(path, prefix=""):
    entries = sorted(os.scandir(path), key=lambda e: (not e.is_dir(), e.name))
    for i, entry in enumerate(entries):
        last = i == len(entries) - 1
        connector = "└── " if last else "├── "
        size = "" if entry.is_dir() else f" ({human(entry.stat().st_size)})"
        print(prefix + connector + entry.name + ("/" if entry.is_dir() else "") + size)
        if entry.is_dir():
            tree(entry.path, prefix + ("    " if last else "│   "))

def du(path):
    total = 0
    for dirpath, dirnames, filenames in os.walk(path):
        for name in filenames:
            total += os.path.getsize(os.path.join(dirpath, name))
    return total

with tempfile.TemporaryDirectory() as tmp:
    spec = {"photos/2023/a.jpg": 150_000, "photos/2023/b.jpg": 90_500, "photos/2024/c.jpg": 2_500_000,
            "docs/cv.pdf": 48_000, "docs/notes.txt": 1_234, "music/song.mp3": 4_200_000, "readme": 12,
            "empty_dir/.keep": 0}
    for rel, size in spec.items():
        full = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.truncate(size)
    print(".")
    tree(tmp)
    print()
    rows = []
    for entry in sorted(os.scandir(tmp), key=lambda e: e.name):
        size = du(entry.path) if entry.is_dir() else entry.stat().st_size
        rows.append((size, entry.name))
    for size, name in sorted(rows, reverse=True):
        print(f"{human(size):>8}  {name}")
    print(f"{human(du(tmp)):>8}  total")
    print([human(n) for n in (0, 1023, 1024, 1536, 10**6, 10**9, 10**13)])
