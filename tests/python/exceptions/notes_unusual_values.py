# __notes__ that is not a list of str: traceback.format_exception_only splits str notes into lines,
# iterates any sequence (a str note list is a sequence of characters), and falls back to repr.
import traceback


class BadStr:
    def __str__(self):
        raise ValueError("no str")


for notes in [["one", "two\nthree"], "ab", ("t1", 2), 5, {"k": 1}, [BadStr()], None]:
    e = KeyError("key")
    e.__notes__ = notes
    print(type(notes).__name__, traceback.format_exception_only(e))

s = SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 6))
s.add_note("see the manual")
print(traceback.format_exception_only(s))
