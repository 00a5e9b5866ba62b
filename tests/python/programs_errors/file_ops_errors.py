# Working with files in a scratch directory: every OSError subclass with its errno and message.
import os
import tempfile
import shutil
import errno

base = tempfile.mkdtemp()
os.chdir(base)
os.mkdir("reports")
with open("reports/jan.txt", "w") as f:
    f.write("alpha\nbeta\n")

ops = [
    ("read missing", lambda: open("missing.txt").read()),
    ("read dir", lambda: open("reports").read()),
    ("mkdir existing", lambda: os.mkdir("reports")),
    ("rmdir non-empty", lambda: os.rmdir("reports")),
    ("rmdir missing", lambda: os.rmdir("nothere")),
    ("listdir file", lambda: os.listdir("reports/jan.txt")),
    ("remove dir", lambda: os.remove("reports")),
    ("rename missing", lambda: os.rename("ghost.txt", "x.txt")),
    ("open in missing dir", lambda: open("nodir/new.txt", "w")),
    ("exclusive create", lambda: open("reports/jan.txt", "x")),
    ("chdir to file", lambda: os.chdir("reports/jan.txt")),
    ("copy missing", lambda: shutil.copy("nope.txt", "dest.txt")),
    ("stat missing", lambda: os.stat("nope.txt")),
    ("getsize missing", lambda: os.path.getsize("nope.txt")),
    ("makedirs exists", lambda: os.makedirs("reports")),
    ("write to read-only handle", lambda: open("reports/jan.txt").write("x")),
    ("read from write handle", lambda: open("reports/out.txt", "w").read()),
    ("bad mode", lambda: open("reports/jan.txt", "rw")),
    ("bad mode 2", lambda: open("reports/jan.txt", "z")),
    ("text with bytes", lambda: open("reports/new.txt", "w").write(b"bytes")),
    ("bytes with text", lambda: open("reports/new.bin", "wb").write("text")),
    ("bad encoding", lambda: open("reports/jan.txt", encoding="utf-99")),
    ("binary with encoding", lambda: open("reports/jan.txt", "rb", encoding="utf-8")),
    ("negative buffering", lambda: open("reports/jan.txt", buffering=-2).read()),
    ("open int path", lambda: open(3.0)),
]
for title, op in ops:
    try:
        result = op()
        print(f"{title}: ok {result!r}")
    except OSError as e:
        code = errno.errorcode.get(e.errno, e.errno)
        print(f"{title}: {type(e).__name__} [{code}] {e.strerror} | {e}")
    except (ValueError, TypeError, LookupError) as e:
        print(f"{title}: {type(e).__name__}: {e}")

f = open("reports/jan.txt")
f.close()
for op in [f.read, f.readline, lambda: f.seek(0), lambda: next(f), lambda: f.write("x")]:
    try:
        op()
    except ValueError as e:
        print("closed:", e)
with open("reports/jan.txt") as f:
    print(f.read().split(), f.closed)
print(f.closed, sorted(os.listdir("reports")))
os.chdir("/")
shutil.rmtree(base)
print(os.path.exists(base))
open("/definitely/not/here.txt")
