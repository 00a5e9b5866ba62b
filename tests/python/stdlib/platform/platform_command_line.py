# python -m platform prints platform.platform() (terse and nonaliased accepted); the pieces it is
# made of agree with the other functions.
import contextlib
import io
import platform
import runpy
import sys


def run(*args):
    sys.argv = ["platform", *args]
    out = io.StringIO()
    code = None
    with contextlib.redirect_stdout(out):
        try:
            runpy.run_module("platform", run_name="__main__")
        except SystemExit as e:
            code = e.code
    return out.getvalue(), code


text, code = run()
print(code, text == platform.platform() + "\n")
print(run("--terse") == (platform.platform(terse=True) + "\n", 0))
print(run("nonaliased")[0] == platform.platform(aliased=False) + "\n")
name = platform.platform()
print(name.startswith(platform.system() + "-" + platform.release()))
print(platform.machine() in name)
if platform.system() == "Linux":
    lib, version = platform.libc_ver()
    print(name.endswith("-with-" + lib + version), lib, version.count(".") >= 1)
print(platform.python_implementation(), platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
