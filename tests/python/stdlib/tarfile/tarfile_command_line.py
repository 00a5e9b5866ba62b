# python -m tarfile: -c creates (gzip from the .tgz name), -l lists, -e extracts (-v says what it
# did), -t tests; a file that is no tar archive and the argparse errors end with exit 1 or 2.
import contextlib
import io
import os
import runpy
import sys
import tarfile
import tempfile

os.chdir(tempfile.mkdtemp())
os.makedirs("src/sub")
for name, text in [("src/a.txt", "alpha\n"), ("src/sub/b.txt", "beta\n"), ("plain.txt", "not a tar\n")]:
    with open(name, "w") as f:
        f.write(text)


def run(*args):
    sys.argv = ["tarfile", *args]
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            runpy.run_module("tarfile", run_name="__main__")
        except SystemExit as e:
            code = e.code
    print("$ tarfile", " ".join(args), "-> exit", code)
    print(out.getvalue(), end="")
    # -t prints the members' reprs (with addresses) on stderr: only its last line is stable
    lines = err.getvalue().splitlines()
    if lines and not lines[-1].startswith("[<TarInfo"):
        print("stderr:", lines[-1])


run("-c", "out.tar", "src")
run("-v", "-c", "out.tgz", "src/a.txt", "plain.txt")
run("-l", "out.tar")
run("--list", "out.tgz")
run("-v", "-e", "out.tar", "dest")
for root, dirs, files in sorted(os.walk("dest")):
    print(root, sorted(dirs), sorted(files))
run("-v", "-t", "out.tgz")
run("-t", "plain.txt")
run("-l", "plain.txt")
run("--filter", "data", "-l", "out.tar")
run()
with tarfile.open("out.tgz") as tf:
    print(tf.getnames())
