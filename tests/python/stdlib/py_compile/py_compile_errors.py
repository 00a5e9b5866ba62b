# py_compile: compile() returns the .pyc path of a good file, prints or raises PyCompileError for a
# bad one (SyntaxError as a traceback shows it, 'Sorry: ...' for IndentationError and TabError),
# and python -m py_compile [-q] exits 1 with the message on stderr.
import contextlib
import io
import os
import py_compile
import runpy
import sys
import tempfile

os.chdir(tempfile.mkdtemp())
sources = {
    "good.py": "def f(x):\n    return x * 2\n",
    "syntax.py": "def f(:\n    pass\n",
    "unclosed.py": "x = [1, 2,\ny = 3\n",
    "indent.py": "def f():\n  return 1\n   x = 2\n",
    "tabs.py": "if True:\n\tx = 1\n        y = 2\n",
}
for name, text in sources.items():
    with open(name, "w") as f:
        f.write(text)

print(os.path.relpath(py_compile.compile("good.py")))
print(os.path.relpath(py_compile.compile("good.py", optimize=2)))
for name in sources:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        result = py_compile.compile(name)
    print(name, result is None, repr(err.getvalue()))
    try:
        py_compile.compile(name, doraise=True, dfile="shown/" + name)
    except py_compile.PyCompileError as e:
        print("  ", e.exc_type_name, type(e.exc_value).__name__, e.file)
        print("  ", str(e).splitlines())
try:
    py_compile.compile("missing.py")
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename)
with contextlib.redirect_stderr(io.StringIO()) as err:
    print(py_compile.compile("syntax.py", quiet=2), repr(err.getvalue()))


def run(*args):
    sys.argv = ["py_compile", *args]
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            runpy.run_module("py_compile", run_name="__main__")
            code = 0
        except SystemExit as e:
            code = e.code
    print("$ py_compile", " ".join(args), "-> exit", code, repr(err.getvalue()))


run("good.py")
run("good.py", "syntax.py", "indent.py")
run("-q", "tabs.py")
run("missing.py")
run("-q", "missing.py")
