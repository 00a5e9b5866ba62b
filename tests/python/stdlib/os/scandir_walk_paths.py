# os.scandir and os.walk: entry paths for '', '.', 'd/' and bytes arguments, symlinks (followed or not), closed iterators.
import os, tempfile
tmp = tempfile.mkdtemp(); os.chdir(tmp)
os.makedirs("d/e"); open("d/f.txt", "w").close(); os.symlink("d", "ld"); os.symlink("nowhere", "broken")
print(sorted(e.path for e in os.scandir()), sorted(e.path for e in os.scandir(".")), sorted(e.path for e in os.scandir("d/")))
print(sorted(e.path for e in os.scandir(b"d")))
for e in sorted(os.scandir(), key=lambda e: e.name):
    print(e.name, e.is_dir(), e.is_dir(follow_symlinks=False), e.is_file(), e.is_symlink(), e.stat(follow_symlinks=False).st_size >= 0)
try: os.scandir("d/f.txt")
except NotADirectoryError as e: print(type(e).__name__, e)
print(list(os.walk("d/")), list(os.walk("ld")), [x[0] for x in os.walk(".", followlinks=True)].count("./ld"))
print(list(os.walk(b"d")))
print(sorted(os.listdir(b".")), os.listdir(os.path.join(tmp, "d", "e")))
it = os.scandir("d"); print(type(it).__name__); it.close(); it.close()
try: next(it)
except StopIteration: print("exhausted after close")
import shutil; os.chdir("/"); shutil.rmtree(tmp)
