# difflib: SequenceMatcher ratios and opcodes, get_close_matches, ndiff, unified/context diffs, Differ.
import difflib
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % block)
for opcode in s.get_opcodes():
    print("%6s a[%d:%d] b[%d:%d]" % opcode)
a, b = 'qabxcd', 'abycdf'
s = difflib.SequenceMatcher(None, a, b)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, a[i1:i2], b[j1:j2]))
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.find_longest_match(0, 6, 0, 6))
print(list(difflib.SequenceMatcher(None, 'abcd', 'bcde').get_grouped_opcodes(1)))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist), difflib.get_close_matches('apple', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist), difflib.get_close_matches('lambda', ['lamb', 'lambada', 'labda'], n=2, cutoff=0.5))
diff = difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True), 'ore\ntree\nemu\n'.splitlines(keepends=True))
diff = list(diff)
print(''.join(diff), end="")
print(''.join(difflib.restore(diff, 1)), end="")
print(''.join(difflib.restore(diff, 2)), end="")
s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
for line in difflib.unified_diff('one two three four'.split(), 'zero one tree four'.split(), 'Original', 'Current', lineterm='', n=0):
    print(line)
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = difflib.Differ()
result = list(d.compare(text1, text2))
print(''.join(result), end='')
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_LINE_JUNK('  #  \n'), difflib.IS_LINE_JUNK('x\n'))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'], b'x', b'y', lineterm=b'\n')))
html = difflib.HtmlDiff().make_table(['a'], ['b'])
print(html.count('<tr>'), 'diff_sub' in html)
