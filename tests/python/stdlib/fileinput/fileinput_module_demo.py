# python -m fileinput runs CPython's demo: each line of the files with its overall and per-file line
# numbers, '*' on each file's first line, then a last summary line.
import contextlib
import io
import os
import runpy
import sys
import tempfile

os.chdir(tempfile.mkdtemp())
with open("a.txt", "w") as f:
    f.write("alpha\r\nbeta\n")
with open("b.txt", "w") as f:
    f.write("gamma")
sys.argv = ["fileinput", "a.txt", "b.txt"]
out = io.StringIO()
with contextlib.redirect_stdout(out):
    runpy.run_module("fileinput", run_name="__main__")
print(out.getvalue(), end="")
