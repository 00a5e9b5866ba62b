import difflib

a = """one
two
three
four
five
six""".splitlines(keepends=True)
b = """one
2
three
four and a half
five
seven
eight""".splitlines(keepends=True)

print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt")))
print("".join(difflib.unified_diff(a, b, n=1, lineterm="\n")))
print("".join(difflib.context_diff(a, b, fromfile="old", tofile="new")))
print("".join(difflib.ndiff(a, b)))
delta = list(difflib.ndiff(a, b))
print("".join(difflib.restore(delta, 1)) == "".join(a), "".join(difflib.restore(delta, 2)) == "".join(b))

sm = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(sm.ratio(), sm.quick_ratio(), sm.real_quick_ratio())
print(sm.get_matching_blocks())
print(sm.get_opcodes())
print(sm.find_longest_match(0, 5, 0, 4))
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;").get_opcodes():
    print("%7s a[%d:%d] b[%d:%d]" % (tag, i1, i2, j1, j2))
s2 = difflib.SequenceMatcher(lambda x: x == " ", "the cat sat", "the hat sat down")
print(round(s2.ratio(), 4), list(s2.get_grouped_opcodes(1)))

words = ["apple", "apply", "ape", "maple", "applet", "peach", "grape"]
print(difflib.get_close_matches("appel", words))
print(difflib.get_close_matches("appel", words, n=2, cutoff=0.8))
print(difflib.get_close_matches("zzz", words))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("pineapple", keyword.kwlist))

d = difflib.Differ()
print(list(d.compare(["abcdefg\n"], ["abcxefg\n"])))
print(list(d.compare(["	tab line\n", "same\n"], ["tab line\n", "same\n"])))
print("".join(difflib.unified_diff(["x"], ["y"], lineterm="")))
print(list(difflib.unified_diff([], [], "a", "b")))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("code\n"))
try:
    difflib.get_close_matches("x", words, n=0)
except ValueError as e:
    print("ValueError", e)
try:
    difflib.get_close_matches("x", words, cutoff=2)
except ValueError as e:
    print("ValueError", e)
