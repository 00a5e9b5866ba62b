# python -m getopt runs CPython's demo: getopt(argv, "a:b", ["alpha=", "beta"]) printed, or the
# GetoptError for an unknown option.
import contextlib
import io
import runpy
import sys

for args in (["-a", "1", "-b", "--alpha=2", "--beta", "rest", "-b"], ["--al", "x"], ["-z"], ["--alpha"]):
    sys.argv = ["getopt", *args]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            runpy.run_module("getopt", run_name="__main__")
        except Exception as e:
            # run as __main__, the module is a second copy: its GetoptError is not getopt.GetoptError
            print(type(e).__name__ + ":", e, repr(e.opt))
    print(args, "->", out.getvalue(), end="")
