# tabnanny: lines whose indentation depends on the tab size ('indent not equal' / 'indent not
# greater' with the witness tab sizes), -v and -q output, token and indentation errors, a missing
# file, and python -m tabnanny's usage message.
import contextlib
import io
import os
import runpy
import sys
import tabnanny
import tempfile
import tokenize

os.chdir(tempfile.mkdtemp())
sources = {
    "clean.py": "def f(x):\n    if x:\n        return 1\n    return 2\n",
    "mixed.py": "if True:\n\tx = 1\n        y = 2\n",
    "deeper.py": "if True:\n    if x:\n\tpass\n",
    "spaces tab.py": "if a:\n  \tb = 1\n\tc = 2\n",
    "dedent.py": "if True:\n        x = 1\n    y = 2\n",
    "open.py": "x = (1,\n",
}
for name, text in sources.items():
    with open(name, "w") as f:
        f.write(text)


def run(*args):
    sys.argv = ["tabnanny", *args]
    out, err = io.StringIO(), io.StringIO()
    tabnanny.verbose = tabnanny.filename_only = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        runpy.run_module("tabnanny", run_name="__main__")
    print("$ tabnanny", " ".join(args))
    print(out.getvalue(), end="")
    if err.getvalue():
        print("stderr:", err.getvalue(), end="")


names = sorted(sources)
run(*names)
run("-v", *names)
run("-q", "mixed.py", "deeper.py", "clean.py")
run("missing.py")
run("-z")

for name in ("mixed.py", "deeper.py"):
    with open(name) as f:
        try:
            tabnanny.process_tokens(tokenize.generate_tokens(f.readline))
        except tabnanny.NannyNag as nag:
            print(name, nag.get_lineno(), repr(nag.get_msg()), repr(nag.get_line()))

for a, b in [("\t", " " * 8), ("  \t", "\t"), ("    ", "\t"), (" \t", "\t "), ("\t\t", "\t  \t")]:
    wa, wb = tabnanny.Whitespace(a), tabnanny.Whitespace(b)
    print(repr(a), repr(b), wa.equal(wb), wa.less(wb), [wa.indent_level(t) for t in (1, 4, 8)],
          tabnanny.format_witnesses(wa.not_equal_witness(wb)) if not wa.equal(wb) else "-")
