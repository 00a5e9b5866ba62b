# python -m code -q: an interactive console reading stdin: prompts '>>> ' and '... ' on stderr,
# expression values echoed, a block ended by an empty line, and the exit message at end of input.
import contextlib
import io
import runpy
import sys

sys.stdin = io.StringIO('x = 6 * 7\nx\nprint("hi")\nfor i in range(2):\n    i * 10\n\ndef f(n):\n    return n + 1\n\nf(x)\n')
sys.argv = ["code", "-q"]
out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    runpy.run_module("code", run_name="__main__")
sys.stdin = sys.__stdin__
print("stdout:", repr(out.getvalue()))
print("stderr:", repr(err.getvalue()))
