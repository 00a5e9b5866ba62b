# python -m textwrap runs CPython's small demo: dedent() of a two-line string.
import contextlib
import io
import runpy

out = io.StringIO()
with contextlib.redirect_stdout(out):
    runpy.run_module("textwrap", run_name="__main__")
print(repr(out.getvalue()))
