# shutil.copytree with ignore callbacks, symlinks, dangling links and copy_function; move errors.
import os, shutil, tempfile
tmp = tempfile.mkdtemp(); os.chdir(tmp)
os.makedirs("src/a/b"); open("src/x.txt","w").write("x"); open("src/a/y.log","w").write("y"); open("src/a/b/z.txt","w").write("z")
os.symlink("x.txt", "src/link")
os.symlink("missing", "src/dangling")
seen = []
def ign(d, names):
    seen.append((os.path.relpath(d), sorted(names)))
    return {"y.log"}
try:
    shutil.copytree("src", "dst", ignore=ign)
except shutil.Error as e:
    print("Error", [(os.path.relpath(a), os.path.relpath(b), m) for a, b, m in e.args[0]])
print(sorted(seen))
for d, ds, fs in sorted(os.walk("dst")): print(d, sorted(ds), sorted(fs))
shutil.rmtree("dst")
r = shutil.copytree("src", "dst", symlinks=True)
print(r, os.path.islink("dst/link"), os.readlink("dst/dangling"))
r = shutil.copytree("src", "dst2", ignore_dangling_symlinks=True)
print(r, sorted(os.listdir("dst2")), os.path.islink("dst2/link"))
calls = []
shutil.copytree("src/a", "dst3", copy_function=lambda s, d: calls.append((os.path.relpath(s), os.path.relpath(d))) or d)
print(sorted(calls))
print(shutil.move("dst3", "moved3"))
try: shutil.move("src/x.txt", "dst")
except shutil.Error as e: print("Error", e)
print(shutil.move("src/x.txt", "dst/x2.txt"), os.path.exists("src/x.txt"))
try: shutil.move("moved3", "moved3/inside")
except shutil.Error as e: print("Error", str(e).replace(tmp, "<tmp>"))
print(shutil.move("moved3", "renamed_dir"), sorted(os.listdir(".")))
os.chdir("/"); shutil.rmtree(tmp)
