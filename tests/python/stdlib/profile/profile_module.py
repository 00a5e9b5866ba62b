# profile (the pure Python profiler): run() prints a report with its pseudo-functions
# profile:0(...) and built-ins as ':0(name)'; Profile.runcall and create_stats give call counts;
# python -m cProfile / -m profile on a script. Times vary, so they are replaced by T and rows are
# sorted by calls then name.
import contextlib
import io
import os
import profile
import re
import runpy
import sys
import tempfile


def shape(text):
    return "\n".join(re.sub(r"\d+\.\d{3}", "T", line).rstrip() for line in text.splitlines())


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def work():
    return sum(fib(i) for i in range(5)) + len([1])


out = io.StringIO()
with contextlib.redirect_stdout(out):
    profile.run("work()", sort="calls")
report = shape(out.getvalue()).splitlines()
# rows with equal call counts come in the profiler's own order: compare them sorted
print("\n".join(report[:6]))
print("\n".join(sorted(report[6:])))

p = profile.Profile()
print(p.runcall(fib, 5))
p.create_stats()
print(sorted((os.path.basename(k[0]), k[2], v[0], v[1]) for k, v in p.stats.items() if not k[2].startswith("<function")))

script = os.path.join(tempfile.mkdtemp(), "prog.py")
with open(script, "w") as f:
    f.write("def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\nprint('f(8) =', f(8))\n")
for module in ("cProfile", "profile"):
    sys.argv = [module, "-s", "ncalls", script]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    lines = shape(out.getvalue()).splitlines()
    print(module, lines[:6])
    print(sorted(line for line in lines[6:] if "prog.py" in line and "<code" not in line))
