# python -m zipfile (zipfile.py run as __main__): -c creates from files and folders, -l lists,
# -t tests, -e extracts; a missing mode is an argparse error (exit 2).
import contextlib
import io
import os
import runpy
import sys
import tempfile
import zipfile

folder = tempfile.mkdtemp()
os.chdir(folder)
os.makedirs("project/docs")
with open("project/main.py", "w") as f:
    f.write("print('hello')\n" * 20)
with open("project/docs/readme.txt", "w") as f:
    f.write("read me\n")
with open("single.txt", "w") as f:
    f.write("one file\n")


def run(*args):
    sys.argv = ["zipfile", *args]
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            runpy.run_module("zipfile", run_name="__main__")
        except SystemExit as e:
            code = e.code
    print("$ zipfile", " ".join(args), "-> exit", code)
    # printdir's dates are the files' modification times: keep names and sizes only
    for line in out.getvalue().splitlines():
        print("  ", line[:46].rstrip(), line[66:].strip())
    if err.getvalue():
        print("stderr:", err.getvalue(), end="")


run("-c", "out.zip", "project", "single.txt")
with zipfile.ZipFile("out.zip") as zf:
    for info in zf.infolist():
        print(info.filename, info.file_size, info.compress_type)
run("-t", "out.zip")
run("-e", "out.zip", "unpacked")
for root, dirs, files in sorted(os.walk("unpacked")):
    print(root, sorted(dirs), sorted(files))
print(open("unpacked/project/main.py").read() == "print('hello')\n" * 20)
run("--list", "out.zip")
run()
run("-l", "out.zip", "-t", "out.zip")
