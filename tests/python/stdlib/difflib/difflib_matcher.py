import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(round(s.ratio(), 4), round(s.quick_ratio(), 4), round(s.real_quick_ratio(), 4))

s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % block)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(
        tag, i1, i2, j1, j2, s.a[i1:i2], s.b[j1:j2]))

m = difflib.SequenceMatcher(None, " abcd", "abcd abcd").find_longest_match(0, 5, 0, 9)
print(m, m.a, m.b, m.size)
m = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd").find_longest_match(0, 5, 0, 9)
print(m)

# autojunk: an element in more than 1% of a 200+ long b is "popular"
a = "x" * 10 + "ab"
b = "x" * 300 + "ab"
print(difflib.SequenceMatcher(None, a, b).get_matching_blocks())
print(difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
sm = difflib.SequenceMatcher(None, a, b)
print(sorted(sm.bpopular), sorted(sm.bjunk))

# grouped opcodes and sequences of lines
a = [str(i) for i in range(20)]
b = a[:3] + ['x'] + a[4:15] + a[16:]
for group in difflib.SequenceMatcher(None, a, b).get_grouped_opcodes(2):
    print(group)
s = difflib.SequenceMatcher()
s.set_seqs("", "")
print(s.ratio(), s.get_opcodes())
s.set_seq1("abc")
print(s.get_opcodes())
s.set_seq2("abd")
print(s.get_opcodes(), round(s.ratio(), 4))
print(difflib.SequenceMatcher(None, [1, 2, 3, 4], [1, 3, 4, 5]).get_opcodes())
