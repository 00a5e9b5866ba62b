# python -m compileall over a small tree: Listing/Compiling lines, '*** ' errors, -q, -qq, -l,
# -r, -x and a single file; the exit status is 1 when any file failed. compile_dir and compile_file
# return whether everything compiled.
import compileall
import contextlib
import io
import os
import runpy
import shutil
import sys
import tempfile

os.chdir(tempfile.mkdtemp())
os.makedirs("pkg/sub")
files = {
    "pkg/__init__.py": "",
    "pkg/good.py": "print('fine')\n",
    "pkg/bad.py": "def f(:\n",
    "pkg/readme.txt": "not python\n",
    "pkg/sub/deep.py": "x = 1\n",
    "pkg/sub/indent.py": "if 1:\n  x\n   y\n",
}
for name, text in files.items():
    with open(name, "w") as f:
        f.write(text)


def run(*args):
    sys.argv = ["compileall", *args]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            runpy.run_module("compileall", run_name="__main__")
            code = 0
        except SystemExit as e:
            code = e.code
    # CPython writes __pycache__ folders; clear them so every run compiles again
    for root, dirs, _ in os.walk("."):
        if "__pycache__" in dirs:
            shutil.rmtree(os.path.join(root, "__pycache__"))
    print("$ compileall", " ".join(args), "-> exit", code)
    print(out.getvalue(), end="")


run("pkg")
run("-q", "pkg")
run("-qq", "pkg")
run("-l", "pkg")
run("-r", "1", "-x", "indent", "pkg")
run("pkg/good.py")
run("pkg/sub/deep.py", "pkg/good.py")
with contextlib.redirect_stdout(io.StringIO()) as out:
    print(compileall.compile_dir("pkg/sub", quiet=1), compileall.compile_file("pkg/good.py"))
print(out.getvalue(), end="")
