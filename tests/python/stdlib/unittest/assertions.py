import unittest


class T(unittest.TestCase):
    maxDiff = None


t = T()
checks = [
    lambda: t.assertEqual(1, 2),
    lambda: t.assertEqual('a', 'b', 'custom'),
    lambda: t.assertNotEqual(3, 3),
    lambda: t.assertTrue(0),
    lambda: t.assertFalse([1]),
    lambda: t.assertIs(1, None),
    lambda: t.assertIsNot(None, None),
    lambda: t.assertIsNone(5),
    lambda: t.assertIsNotNone(None),
    lambda: t.assertIn(4, [1, 2]),
    lambda: t.assertNotIn(1, [1, 2]),
    lambda: t.assertIsInstance(1, str),
    lambda: t.assertNotIsInstance(1, int),
    lambda: t.assertAlmostEqual(1.0, 1.1),
    lambda: t.assertAlmostEqual(1.0, 1.5, delta=0.25),
    lambda: t.assertAlmostEqual(1.0, 1.00000001),
    lambda: t.assertNotAlmostEqual(1.0, 1.0),
    lambda: t.assertGreater(1, 2),
    lambda: t.assertGreaterEqual(1, 2),
    lambda: t.assertLess(2, 1),
    lambda: t.assertLessEqual(2, 1),
    lambda: t.assertCountEqual([1, 1, 2], [1, 2, 3]),
    lambda: t.assertRegex('hello', r'\d+'),
    lambda: t.assertNotRegex('abc123', r'\d+'),
    lambda: t.assertSetEqual({1, 2}, {1, 2}),
    lambda: t.assertEqual('x' * 100, 'x' * 99 + 'y'),
    lambda: t.assertEqual((1, 2), (1, 2)),
    lambda: t.fail('explicit'),
    lambda: t.assertTrue(False, 'why'),
]
for check in checks:
    try:
        check()
        print('passed')
    except AssertionError as e:
        print('AssertionError:', str(e).splitlines()[0])
t.longMessage = False
try:
    t.assertEqual(1, 2, 'only mine')
except AssertionError as e:
    print('short:', e)
try:
    t.assertEqual([1, 2], [1, 3])
except AssertionError as e:
    print(str(e).splitlines()[:5])
try:
    t.assertEqual({'a': 1}, {'a': 2})
except AssertionError as e:
    print(str(e).splitlines()[0])
