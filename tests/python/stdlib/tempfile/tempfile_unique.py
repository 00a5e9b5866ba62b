import os, tempfile
with tempfile.TemporaryDirectory() as d:
    names = set()
    for _ in range(20):
        fd, p = tempfile.mkstemp(dir=d)
        names.add(p)
    dirs = {tempfile.mkdtemp(dir=d) for _ in range(10)}
    print(len(names), len(dirs), len(os.listdir(d)))
    print(tempfile.mktemp(dir=d).startswith(d))
