import os

base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_report_dir")
if os.path.isdir(base):
    for name in os.listdir(base):
        os.remove(os.path.join(base, name))
    os.rmdir(base)
os.mkdir(base)
files = {
    "alpha.txt": "one\ntwo\nthree\n",
    "beta.csv": "a,b\n1,2\n3,4\n",
    "gamma.txt": "",
    "notes.md": "# Title\n\nSome *text* here.\nMore text.\n",
}
for name, content in files.items():
    with open(os.path.join(base, name), "w") as f:
        f.write(content)

print(sorted(os.listdir(base)))
total_lines = 0
for name in sorted(os.listdir(base)):
    path = os.path.join(base, name)
    with open(path) as f:
        lines = f.readlines()
    total_lines += len(lines)
    stem, ext = os.path.splitext(name)
    print(f"{stem:<6} {ext:<5} {os.path.getsize(path):>4} bytes {len(lines):>2} lines  first={lines[0].rstrip() if lines else None!r}")
print("total lines:", total_lines)
with open(os.path.join(base, "alpha.txt"), "a") as f:
    f.write("four\n")
with open(os.path.join(base, "alpha.txt")) as f:
    print([line.strip() for line in f])
by_ext = {}
for name in os.listdir(base):
    by_ext.setdefault(os.path.splitext(name)[1], []).append(name)
print({k: sorted(v) for k, v in sorted(by_ext.items())})
try:
    open(os.path.join(base, "missing.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno == 2)
for name in os.listdir(base):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base), os.path.basename(base))
