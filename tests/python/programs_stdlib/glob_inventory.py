import glob, os, tempfile, fnmatch
from collections import Counter

with tempfile.TemporaryDirectory() as root:
    layout = ["img/a.png", "img/b.PNG", "img/icons/c.svg", "img/icons/d.png", "notes.txt", "data/2023/jan.csv",
              "data/2023/feb.csv", "data/2024/jan.csv", "data/readme.md", ".config/settings.json", "archive.tar.gz"]
    for rel in layout:
        p = os.path.join(root, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write(rel)
    os.chdir(root)
    print(sorted(glob.glob("*")))
    print(sorted(glob.glob("*", include_hidden=True)) if "include_hidden" in glob.glob.__code__.co_varnames else "no include_hidden")
    print(sorted(glob.glob("**/*.png", recursive=True)))
    print(sorted(glob.glob("data/*/jan.csv")), sorted(glob.glob("data/202[34]/*.csv")))
    print(sorted(glob.glob("**/", recursive=True)))
    print(sorted(glob.glob("img/**", recursive=True)))
    exts = Counter(os.path.splitext(p)[1].lower() for p in glob.glob("**/*.*", recursive=True))
    print(sorted(exts.items()))
    print(sorted(f for f in glob.glob("**", recursive=True) if fnmatch.fnmatch(f, "*.png")))
    print(sorted(f for f in glob.glob("**", recursive=True) if fnmatch.fnmatchcase(f, "*.png")))
    print(glob.glob("nothing/*"), glob.glob(""), glob.glob("notes.txt"), glob.glob("notes.tx?"))
    print(sorted(glob.glob(os.path.join("data", "**", "*.csv"), recursive=True)))
    print(sorted(glob.glob("data/2023/*.csv", root_dir=root)))
    print(fnmatch.filter(layout, "data/*"), fnmatch.filter(layout, "*/*/*.csv"))
    print(fnmatch.fnmatch("archive.tar.gz", "*.gz"), fnmatch.fnmatch("a/b", "a?b"), fnmatch.fnmatch("[x]", "[[]x]"))
    os.chdir("/")
