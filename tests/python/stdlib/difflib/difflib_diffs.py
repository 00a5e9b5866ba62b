import difflib
import io
import unittest

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
print(''.join(difflib.Differ().compare(text1, text2)), end='')
print('----')
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                          'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
print('----')
s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
for line in difflib.unified_diff(['a', 'b'], ['a', 'c'], 'x', 'y', '2020-01-01', '2020-01-02', lineterm=''):
    print(repr(line))
a = [str(i) for i in range(30)]
b = a[:5] + a[6:20] + ['new'] + a[20:]
for line in difflib.unified_diff(a, b, n=1, lineterm=''):
    print(line)
for line in difflib.context_diff(a, b, n=1, lineterm=''):
    print(line)
print(list(difflib.unified_diff(['same'], ['same'])))
print(list(difflib.unified_diff([], ['new\n'])))
print(list(difflib.context_diff(['old\n'], [])))
print(list(difflib.ndiff(['abcDefghiJkl\n'], ['abcdefGhijkl\n'])))
print(list(difflib.ndiff(['\tabc x\n'], ['\tabc y\n'])))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'], b'f', b'g')))
try:
    list(difflib.unified_diff([b'a'], [b'b']))
except TypeError as e:
    print('TypeError:', e)
print('----')

class T(unittest.TestCase):
    def test_lists(self):
        self.assertEqual([1, 2, 3, 'four'], [1, 2, 4, 'four', 5])
    def test_text(self):
        self.assertEqual('alpha\nbeta\ngamma\n', 'alpha\nbeta!\ngamma\n')
    def test_dict(self):
        self.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})

stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(len(result.failures))
for test, tb in result.failures:
    lines = tb.splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith('AssertionError'))
    print('\n'.join(lines[start:]))
    print('==')
