# python -m gzip (gzip.py run as __main__): compress a file to FILE.gz (keeping FILE), --fast/--best,
# decompress with -d, and the errors: a name without .gz, two exclusive options.
import contextlib
import gzip
import io
import os
import runpy
import sys
import tempfile

folder = tempfile.mkdtemp()
os.chdir(folder)
text = b"".join(b"line %d of a small text file\n" % i for i in range(200))
with open("notes.txt", "wb") as f:
    f.write(text)


def run(*args):
    sys.argv = ["gzip", *args]
    err = io.StringIO()
    code = 0
    with contextlib.redirect_stderr(err):
        try:
            runpy.run_module("gzip", run_name="__main__")
        except SystemExit as e:
            code = e.code
    print("$ gzip", " ".join(args), "-> exit", code)
    if err.getvalue():
        print("stderr:", err.getvalue(), end="")


run("notes.txt")
print(sorted(os.listdir(".")))
with gzip.open("notes.txt.gz") as f:
    print(f.read() == text)
run("--best", "notes.txt")
os.rename("notes.txt.gz", "copy.txt.gz")
run("-d", "copy.txt.gz")
with open("copy.txt", "rb") as f:
    print(f.read() == text)
run("--fast", "copy.txt")
print(gzip.decompress(open("copy.txt.gz", "rb").read()) == text)
run("-d", "notes.txt")
run("--fast", "--best", "notes.txt")
print(sorted(os.listdir(".")))
