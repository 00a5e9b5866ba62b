import difflib

old = ["def add(a, b):\n", "    return a + b\n", "\n", "print(add(1, 2))\n"]
new = ["def add(a, b, c=0):\n", "    return a + b + c\n", "\n", "print(add(1, 2))\n", "print(add(1, 2, 3))\n"]
for line in difflib.unified_diff(old, new, "v1.py", "v2.py", "2024-01-01", "2024-01-02"):
    print(line, end="")
print("---")
for line in difflib.context_diff(old, new, n=0):
    print(line, end="")
print("---")
for line in difflib.ndiff(old, new):
    print(repr(line))
print("---")
a = "the quick brown fox"
b = "the quack brown box"
sm = difflib.SequenceMatcher(None, a, b)
for op in sm.get_opcodes():
    tag, i1, i2, j1, j2 = op
    print(tag, repr(a[i1:i2]), repr(b[j1:j2]))
print(round(sm.ratio(), 4))
seq_a = [1, 2, 3, 4, 5, 6]
seq_b = [1, 2, 4, 5, 7, 6]
sm2 = difflib.SequenceMatcher(a=seq_a, b=seq_b)
print(sm2.get_matching_blocks(), sm2.ratio())
sm2.set_seq2([6, 5, 4])
print(sm2.get_opcodes())
sm2.set_seqs("abc", "abd")
print(sm2.ratio(), sm2.find_longest_match())
junk = difflib.SequenceMatcher(lambda c: c in " \t", "a b c d", "abcd", autojunk=False)
print(junk.ratio(), junk.bjunk if hasattr(junk, "bjunk") else None)
print(difflib.SequenceMatcher(None, "", "").ratio(), difflib.SequenceMatcher(None, "a", "").ratio())
words = ["ant", "anteater", "antelope", "bear", "beaver", "bee"]
for q in ("antilope", "bea", "be", "cat"):
    print(q, difflib.get_close_matches(q, words, n=3, cutoff=0.5))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n"], [b"b\n"], b"x", b"y")))
