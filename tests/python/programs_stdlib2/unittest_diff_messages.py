import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(fn, *args, **kw):
    try:
        fn(*args, **kw)
        print("passed")
    except AssertionError as e:
        print("---", fn.__name__)
        print(e)


show(t.assertEqual, list(range(10)), list(range(10))[:-1] + [99])
show(t.assertEqual, {"a": 1, "b": [1, 2], "c": "x"}, {"a": 1, "b": [1, 3], "d": "y"})
show(t.assertEqual, "first line\nsecond line\nthird\n", "first line\nsecond LINE\nthird\n")
show(t.assertMultiLineEqual, "a\nb\nc", "a\nB\nc\nd")
show(t.assertEqual, (1, "two", 3.0), (1, "two", 3.5))
show(t.assertListEqual, [1, 2, 3], [1, 2])
show(t.assertTupleEqual, (1, 2), (1, 2, 3, 4))
show(t.assertSequenceEqual, [1, 2, 3], (1, 2, 3), seq_type=list)
show(t.assertSetEqual, {1, 2, 3}, {3, 4})
show(t.assertDictEqual, {"k": 1}, {"k": 1, "j": 2})
show(t.assertCountEqual, "aabc", "abcc")
show(t.assertCountEqual, [1, [2]], [[2], 1, 1])
show(t.assertEqual, "x" * 100, "x" * 99 + "y")
show(t.assertEqual, [{"id": i, "name": "item%d" % i} for i in range(30)], [{"id": i, "name": "item%d" % i} for i in range(29)] + [{}])
t.maxDiff = None
show(t.assertEqual, [{"id": i} for i in range(12)], [{"id": i} for i in range(11)] + [{"id": -1}])
t.maxDiff = 20
show(t.assertDictEqual, {"alpha": 1, "beta": 2}, {"alpha": 1, "beta": 3})
show(t.assertIsInstance, 3, (str, bytes))
show(t.assertIn, "needle", ["hay", "stack"])
show(t.assertIs, [], [])
show(t.assertRaises, ValueError, int, "12")
show(t.assertIsNone, "something", "with message")
show(t.assertTrue, [], "list should not be empty")
show(t.assertEqual, 1.0, 1.0000001)
show(t.assertAlmostEqual, 1.0, 1.0001, 3)
show(t.assertAlmostEqual, 10, 20, delta=5)
try:
    t.assertAlmostEqual(1, 2, places=2, delta=1)
except TypeError as e:
    print("TypeError", e)
show(t.assertEqual, b"bytes\x00", b"bytes\x01")
show(t.assertEqual, {1, 2}, frozenset({1, 3}))
show(t.assertNotEqual, [1], [1], "custom")
