# unittest: the assert methods table, their failure messages, assertRaisesRegex, assertLogs, longMessage.
import logging
import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass
t = T()
checks = [
    lambda: t.assertEqual(1, 2),
    lambda: t.assertNotEqual('a', 'a'),
    lambda: t.assertTrue(0),
    lambda: t.assertFalse([1]),
    lambda: t.assertIs(None, False),
    lambda: t.assertIsNot(None, None),
    lambda: t.assertIsNone(3),
    lambda: t.assertIsNotNone(None),
    lambda: t.assertIn(4, [1, 2]),
    lambda: t.assertNotIn(1, [1, 2]),
    lambda: t.assertIsInstance(1, str),
    lambda: t.assertNotIsInstance(1, int),
    lambda: t.assertAlmostEqual(1.0, 1.1),
    lambda: t.assertAlmostEqual(1.0, 1.1, delta=0.01),
    lambda: t.assertNotAlmostEqual(1.0, 1.0000000001),
    lambda: t.assertGreater(1, 2),
    lambda: t.assertGreaterEqual(1, 2),
    lambda: t.assertLess(2, 1),
    lambda: t.assertLessEqual(2, 1),
    lambda: t.assertRegex('abc', r'\d'),
    lambda: t.assertNotRegex('a1c', r'\d'),
    lambda: t.assertCountEqual([1, 1, 2], [1, 2, 2]),
    lambda: t.assertEqual([1, 2, 3], [1, 2, 4]),
    lambda: t.assertEqual({'a': 1}, {'a': 2}),
    lambda: t.assertEqual((1, 2), (1, 2, 3)),
    lambda: t.assertEqual({1, 2}, {2, 3}),
    lambda: t.assertMultiLineEqual('a\nb\n', 'a\nc\n'),
    lambda: t.assertEqual('hello', 'help', msg='custom'),
    lambda: t.assertSequenceEqual([1], (1,), seq_type=list),
    lambda: t.assertDictEqual({}, {'k': 'v'}),
]
for check in checks:
    try:
        check()
        print('passed')
    except AssertionError as e:
        print('AssertionError:', e)
t.longMessage = False
try:
    t.assertEqual(1, 2, 'only this')
except AssertionError as e:
    print('AssertionError:', e)
t.longMessage = True
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception)
with t.assertRaisesRegex(ValueError, 'invalid literal'):
    int('XYZ')
try:
    with t.assertRaises(KeyError):
        pass
except AssertionError as e:
    print('AssertionError:', e)
try:
    with t.assertRaisesRegex(ValueError, 'nope'):
        int('XYZ')
except AssertionError as e:
    print('AssertionError:', e)
with t.assertWarns(DeprecationWarning):
    import warnings
    warnings.warn('old', DeprecationWarning)
with t.assertLogs('foo', level='INFO') as cm:
    logging.getLogger('foo').info('first message')
    logging.getLogger('foo.bar').error('second message')
print(cm.output, [r.getMessage() for r in cm.records])
try:
    with t.assertLogs('quiet', level='INFO'):
        pass
except AssertionError as e:
    print('AssertionError:', e)
with t.assertNoLogs('quiet2'):
    pass
try:
    t.fail('explicit failure')
except AssertionError as e:
    print('AssertionError:', e)
try:
    t.skipTest('why')
except unittest.SkipTest as e:
    print('SkipTest:', e)
print(t.id(), str(t).split(' ')[0], t.shortDescription(), t.countTestCases())
