# python -m filecmp [-r] dir1 dir2: dircmp's report (identical, differing, only-in files, common
# subdirectories), -r for the whole tree, and the GetoptError without two directories. Differing
# files differ in size: a shallow comparison of same-size files written in one clock tick says "same".
import contextlib
import getopt
import io
import os
import runpy
import sys
import tempfile

os.chdir(tempfile.mkdtemp())
for path, text in [("left/same.txt", "same\n"), ("left/changed.txt", "one\n"), ("left/only_left.txt", "l\n"),
                   ("left/sub/deep.txt", "deep\n"), ("right/same.txt", "same\n"), ("right/changed.txt", "three\n"),
                   ("right/only_right.txt", "r\n"), ("right/sub/deep.txt", "deeper\n")]:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def run(*args):
    sys.argv = ["filecmp", *args]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            runpy.run_module("filecmp", run_name="__main__")
        except getopt.GetoptError as e:
            print("GetoptError:", e)
    print("$ filecmp", " ".join(args))
    print(out.getvalue(), end="")


run("left", "right")
run("-r", "left", "right")
run("left")
