import os
here = os.path.dirname(os.path.abspath(__file__))
work = os.path.join(here, "tmp_os_files")
os.makedirs(os.path.join(work, "sub", "deeper"), exist_ok=True)
try:
    for name in ["b.txt", "a.txt"]:
        with open(os.path.join(work, name), "w") as f:
            f.write(name * 3)
    print(sorted(os.listdir(work)))
    print(os.path.getsize(os.path.join(work, "a.txt")))
    os.rename(os.path.join(work, "a.txt"), os.path.join(work, "c.txt"))
    print(sorted(os.listdir(work)))
    st = os.stat(os.path.join(work, "c.txt"))
    print(st.st_size)
    walked = []
    for root, dirs, files in os.walk(work):
        dirs.sort()
        walked.append((os.path.relpath(root, work), sorted(files)))
    print(walked)
    print(sorted(e.name for e in os.scandir(work)))
finally:
    for root, dirs, files in os.walk(work, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(work)
print(os.path.exists(work))
