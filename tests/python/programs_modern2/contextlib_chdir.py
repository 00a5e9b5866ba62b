# contextlib.chdir (3.11) restores the working directory, even on error; reentrant.
import contextlib
import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    real = os.path.realpath(d)
    with contextlib.chdir(d):
        print("inside temp:", os.path.realpath(os.getcwd()) == real)
        with open("note.txt", "w") as f:
            f.write("hi")
    print("back:", os.getcwd() == start)
    print("file created there:", os.listdir(d))
    try:
        with contextlib.chdir(d):
            raise RuntimeError("oops")
    except RuntimeError:
        print("restored after error:", os.getcwd() == start)
    cm = contextlib.chdir(d)
    with cm:
        with cm:
            pass
        print("still in temp after inner exit:", os.path.realpath(os.getcwd()) == real)
    print("back again:", os.getcwd() == start)
try:
    with contextlib.chdir("/definitely/not/here"):
        pass
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror)
