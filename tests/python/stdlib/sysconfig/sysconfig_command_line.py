# python -m sysconfig: the Platform, Python version and scheme lines, then the Paths and Variables
# sections (tab-indented 'key = "value"' lines in sorted order), from the module's own functions.
import contextlib
import io
import runpy
import sys
import sysconfig

sys.argv = ["sysconfig"]
out = io.StringIO()
with contextlib.redirect_stdout(out):
    runpy.run_module("sysconfig", run_name="__main__")
lines = out.getvalue().split("\n")
print(lines[0] == 'Platform: "%s"' % sysconfig.get_platform())
print(lines[1] == 'Python version: "%s"' % sysconfig.get_python_version())
print(lines[2] == 'Current installation scheme: "%s"' % sysconfig.get_default_scheme())
print(repr(lines[3]), repr(lines[4]))
paths_end = lines.index("", 5)
paths = lines[5:paths_end]
print(all(p.startswith("\t") and ' = "' in p and p.endswith('"') for p in paths))
print([p.split(" = ")[0].strip() for p in paths])
print(paths == ['\t%s = "%s"' % kv for kv in sorted(sysconfig.get_paths().items())])
print(repr(lines[paths_end + 1]))
variables = [v for v in lines[paths_end + 2:] if v]
names = [v.split(" = ")[0].strip() for v in variables]
print(names == sorted(names), "VERSION" in names, "prefix" in names)
print(lines[-1] == "")
