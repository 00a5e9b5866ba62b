import contextlib
import io
import os
import sys
import tempfile

def chatty(label):
    print(f"{label}: line one")
    print(f"{label}: line two", file=sys.stderr)
    return label.upper()

out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    result = chatty("task")
print("result:", result)
print("captured out:", out.getvalue().splitlines())
print("captured err:", err.getvalue().splitlines())

outer = io.StringIO()
with contextlib.redirect_stdout(outer):
    print("to outer")
    inner = io.StringIO()
    with contextlib.redirect_stdout(inner):
        print("to inner")
    print("back to outer")
print(repr(outer.getvalue()), repr(inner.getvalue()))

redirect = contextlib.redirect_stdout(io.StringIO())
with redirect as target:
    print("first use")
with redirect as target2:
    print("second use")
print(target is target2, target.getvalue().count("use"))

with tempfile.TemporaryDirectory() as tmp:
    names = [os.path.join(tmp, f"part{i}.txt") for i in range(3)]
    with contextlib.ExitStack() as stack:
        files = [stack.enter_context(open(n, "w")) for n in names]
        for i, f in enumerate(files):
            f.write(f"chunk {i}\n" * (i + 1))
        print("all open:", all(not f.closed for f in files))
    print("all closed:", all(f.closed for f in files))
    with contextlib.ExitStack() as stack:
        readers = [stack.enter_context(open(n)) for n in names]
        print([r.read().count("\n") for r in readers])
    before = os.getcwd()
    with contextlib.chdir(tmp):
        print("in tmp:", sorted(os.listdir(".")))
    print("restored:", os.getcwd() == before)

class Tracker:
    log = []
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    def __enter__(self):
        if self.fail:
            raise RuntimeError(f"{self.name} failed to enter")
        self.log.append(f"enter {self.name}")
        return self
    def __exit__(self, *exc):
        self.log.append(f"exit {self.name}")

try:
    with contextlib.ExitStack() as stack:
        for name, fail in [("a", False), ("b", False), ("c", True)]:
            stack.enter_context(Tracker(name, fail))
except RuntimeError as e:
    print("error:", e)
print(Tracker.log)

@contextlib.contextmanager
def indent(buffer, level):
    buffer.append("  " * level + "{")
    yield level + 1
    buffer.append("  " * level + "}")

lines = []
with indent(lines, 0) as l1:
    with indent(lines, l1) as l2:
        lines.append("  " * l2 + "body")
print("\n".join(lines))
print(contextlib.suppress(ValueError).__enter__(), isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager))
