import operator
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class H:
    def __length_hint__(self): return "x"
class H2:
    def __length_hint__(self): return -1
class H3:
    def __len__(self): return 5
class H4:
    def __length_hint__(self): raise TypeError("t")
class H5:
    def __len__(self): raise ValueError("v")
for o in (H(), H2(), H3(), H4(), H5(), [1], iter([1, 2]), 5, None):
    t(lambda: operator.length_hint(o)); t(lambda: operator.length_hint(o, 7))
t(lambda: operator.length_hint([], "x")); t(lambda: operator.call(max, 1, 2)); t(lambda: operator.call())
for pat in ["[a-c]*", "[!a-c]*", "*.[ch]", "[[]*", "[]]*", "[!]]*", "*[*]*", "\\*", "a?c", "[z-a]", "[a-]", "[]", "[!]", "**/*.py"]:
    names = ["abc", "b.c", "c.h", "[x", "]y", "*star", "a-c", "\\*", "zed", "a/b.py"]
