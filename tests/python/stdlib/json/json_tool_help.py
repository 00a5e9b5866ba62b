# python -m json.tool --help: CPython's usage, description and option help texts.
import contextlib
import io
import runpy
import sys

sys.argv = ["python -m json.tool", "--help"]
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        runpy.run_module("json.tool", run_name="__main__")
    except SystemExit as e:
        print("exit:", e.code)
# the help is wrapped to the terminal's width: compare it unwrapped
print(" ".join(out.getvalue().split()))
