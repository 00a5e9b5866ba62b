import difflib
a = "the quick brown fox jumps over the lazy dog".split()
b = "the quick red fox jumped over the lazy old dog".split()
for line in difflib.unified_diff(a, b, "before", "after", lineterm="", n=1):
    print(line)
print(list(difflib.ndiff(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "emu\n"])))
sm = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(round(sm.ratio(), 4), sm.get_matching_blocks(), sm.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.get_close_matches("wheel", ["hello", "while", "wheat"], n=2, cutoff=0.5))
for line in difflib.context_diff(["a\n", "b\n"], ["a\n", "c\n"], "x", "y"):
    print(line, end="")
