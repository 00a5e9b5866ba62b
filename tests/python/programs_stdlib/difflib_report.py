import difflib

old = """def add(a, b):
    return a + b

def sub(a, b):
    return a - b
""".splitlines()
new = """def add(a, b):
    # sum two numbers
    return a + b

def mul(a, b):
    return a * b
""".splitlines()
for line in difflib.unified_diff(old, new, "calc.py", "calc.py", lineterm="", n=2):
    print(line)
print("---- context")
for line in difflib.context_diff(old, new, "a/calc.py", "b/calc.py", lineterm="", n=1):
    print(line)
print("---- ndiff")
for line in difflib.ndiff(old, new):
    print(repr(line))
sm = difflib.SequenceMatcher(None, old, new)
for op in sm.get_opcodes():
    print(op)
print(round(sm.ratio(), 3))
for a, b in [("hello world", "hallo welt"), ("abcd", "bcde"), ("", ""), ("same", "same"), ("abc", "")]:
    m = difflib.SequenceMatcher(None, a, b)
    print(repr(a), repr(b), round(m.ratio(), 4), m.get_matching_blocks()[-1], len(m.get_opcodes()))
commands = ["commit", "checkout", "cherry-pick", "clone", "config", "status", "stash"]
for typo in ["comit", "chekout", "stats", "xyz", "conf"]:
    print(typo, "->", difflib.get_close_matches(typo, commands, n=2, cutoff=0.5))
print(list(difflib.unified_diff(["a\n"], ["a\n"])))
print(list(difflib.unified_diff([], ["new\n"], "x", "y")))
print(list(difflib.unified_diff(["gone\n"], [], "x", "y")))
d = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(d.get_matching_blocks(), d.find_longest_match())
