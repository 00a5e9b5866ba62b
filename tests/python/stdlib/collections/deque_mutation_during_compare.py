# deque.remove() whose comparison changes the deque raises IndexError, index() and `in` raise
# RuntimeError (the same words); a comparison's own error wins. Clearing or repeating an empty
# deque changes nothing, so its iterators stay usable.
from collections import deque


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Shrinks:
    def __init__(self, d, result):
        self.d, self.result = d, result

    def __eq__(self, other):
        self.d.pop()
        return self.result


class Grows:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append("extra")
        return False


class Broken:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.clear()
        raise LookupError("compare failed")


for result in (True, False):
    d = deque()
    d.append(Shrinks(d, result))
    attempt(f"remove, shrinks, eq={result}", lambda: d.remove("x"))
    print(len(d))

d = deque()
d.append(Grows(d))
attempt("remove, grows", lambda: d.remove("x"))
print(len(d))
d = deque()
d.append(Grows(d))
attempt("index, grows", lambda: d.index("x"))
d = deque()
d.append(Grows(d))
attempt("contains, grows", lambda: "x" in d)
d = deque()
d.append(Broken(d))
attempt("remove, broken", lambda: d.remove("x"))
d = deque([1, 2, 1])
attempt("remove 1", lambda: (d.remove(1), list(d))[1])
attempt("remove 9", lambda: d.remove(9))

for action in ("clear", "imul0", "imul-3", "imul1", "init-empty", "extendleft-empty"):
    d = deque()
    it = iter(d)
    if action == "clear":
        d.clear()
    elif action.startswith("imul"):
        d *= int(action[4:])
    elif action == "init-empty":
        d.__init__([])
    else:
        d.extendleft([])
    attempt(action, lambda: list(it))

d = deque([1, 2])
it = iter(d)
d.clear()
attempt("clear non-empty", lambda: next(it))
