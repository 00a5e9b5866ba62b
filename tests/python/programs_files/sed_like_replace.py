# A sed-like search and replace over several files, keeping .bak backups and reporting changes.
import os
import re
import shutil
import tempfile

FILES = {
    "app.py": "import old_module\nfrom old_module import thing\nprint(old_module.VERSION)\n",
    "README.md": "Use `old_module` for everything.\nold_module is great.\n",
    "notes.txt": "nothing to change here\n",
}
PATTERN = re.compile(r"\bold_module\b")

def replace_in_file(path, repl):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    new_text, count = PATTERN.subn(repl, text)
    if count:
        shutil.copy2(path, path + ".bak")
        with open(path, "w", encoding="utf-8") as f:
            f.write(new_text)
    return count

with tempfile.TemporaryDirectory() as tmp:
    for name, text in FILES.items():
        with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
            f.write(text)
    total = 0
    for name in sorted(FILES):
        n = replace_in_file(os.path.join(tmp, name), "new_module")
        total += n
        print(f"{name:<10} {n} replacement(s)")
    print("total:", total, sorted(os.listdir(tmp)))
    with open(os.path.join(tmp, "app.py")) as f:
        print(f.read(), end="")
    with open(os.path.join(tmp, "app.py")) as a, open(os.path.join(tmp, "app.py.bak")) as b:
        for i, (x, y) in enumerate(zip(a, b), 1):
            if x != y:
                print(f"{i}: -{y.rstrip()} +{x.rstrip()}")
    def upper_match(m):
        return m.group(0).upper()
    print(replace_in_file(os.path.join(tmp, "README.md"), upper_match))
    print(open(os.path.join(tmp, "README.md")).read().splitlines())
    with open(os.path.join(tmp, "notes.txt"), "r+") as f:
        content = f.read()
        f.seek(0)
        f.write(re.sub(r"(\w+)", lambda m: m.group(1)[::-1], content))
        f.truncate()
    print(open(os.path.join(tmp, "notes.txt")).read(), end="")
