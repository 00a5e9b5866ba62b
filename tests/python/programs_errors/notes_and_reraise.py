# Exception notes (3.11): adding context while re-raising, and what str/repr show.
import traceback

def load(path, lines):
    for n, line in enumerate(lines, 1):
        try:
            yield int(line)
        except ValueError as e:
            e.add_note(f"{path}:{n}: {line!r}")
            raise

files = {"a.txt": ["1", "2", "3"], "b.txt": ["4", "five", "6"], "c.txt": ["7", ""]}
totals = {}
for path, lines in files.items():
    try:
        totals[path] = sum(load(path, lines))
    except ValueError as e:
        print(type(e).__name__, e)
        print("notes:", e.__notes__)
        print("only:", traceback.format_exception_only(e))
print(totals)

e = RuntimeError("base")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second\nline")
print(e.__notes__, repr(e), str(e))
try:
    e.add_note(42)
except TypeError as t:
    print("TypeError:", t)
e.__notes__ = "not a list"
print(traceback.format_exception_only(e))
e.__notes__ = ["ok", 7]
print(traceback.format_exception_only(e))

class Quiet(Exception):
    def __str__(self):
        return ""
q = Quiet("hidden")
q.add_note("visible note")
print(traceback.format_exception_only(q))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 6))))

def checked(v):
    if v < 0:
        err = ValueError(f"negative: {v}")
        err.add_note("values must be >= 0")
        raise err
    return v

print([checked(v) for v in (3, 2, 1)])
checked(-1)
