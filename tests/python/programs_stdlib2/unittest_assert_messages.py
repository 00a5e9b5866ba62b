import unittest


class T(unittest.TestCase):
    maxDiff = None

    def runTest(self):
        pass


t = T()
checks = [
    lambda: t.assertEqual(1, 2),
    lambda: t.assertEqual("abc", "abd"),
    lambda: t.assertEqual([1, 2], [1, 3]),
    lambda: t.assertEqual((1, 2), (1, 2, 3)),
    lambda: t.assertEqual({"k": 1}, {"k": 2}),
    lambda: t.assertNotEqual(5, 5),
    lambda: t.assertTrue(0),
    lambda: t.assertFalse("x"),
    lambda: t.assertIs(1, None),
    lambda: t.assertIsNot(None, None),
    lambda: t.assertIsNone(3),
    lambda: t.assertIsNotNone(None),
    lambda: t.assertIn(4, [1, 2]),
    lambda: t.assertNotIn("a", "cat"),
    lambda: t.assertIsInstance("s", int),
    lambda: t.assertNotIsInstance(1, int),
    lambda: t.assertGreater(1, 2),
    lambda: t.assertGreaterEqual(1, 2),
    lambda: t.assertLess(3, 2),
    lambda: t.assertLessEqual(3, 2),
    lambda: t.assertAlmostEqual(1.0, 1.1),
    lambda: t.assertAlmostEqual(1.0, 1.5, delta=0.1),
    lambda: t.assertNotAlmostEqual(1.0, 1.0000000001),
    lambda: t.assertRegex("hello", r"^\d+$"),
    lambda: t.assertNotRegex("abc123", r"\d"),
    lambda: t.assertCountEqual([1, 1, 2], [1, 2, 2]),
    lambda: t.assertSetEqual({1, 2}, {2, 3}),
    lambda: t.assertTupleEqual((1,), (2,)),
    lambda: t.assertListEqual([1], [1, 2]),
    lambda: t.assertMultiLineEqual("a\nb\n", "a\nc\n"),
    lambda: t.assertEqual(1, 2, "custom message"),
    lambda: t.fail("explicit failure"),
    lambda: t.assertSequenceEqual("ab", "ac"),
]
for i, check in enumerate(checks):
    try:
        check()
        print(i, "passed")
    except AssertionError as e:
        print(i, "AssertionError:", e)

t.longMessage = False
try:
    t.assertEqual(1, 2, "only this")
except AssertionError as e:
    print("short:", e)

try:
    with t.assertRaises(ValueError):
        pass
except AssertionError as e:
    print("assertRaises:", e)
try:
    with t.assertRaises(ValueError) as cm:
        raise ValueError("payload", 3)
    print("caught", cm.exception.args)
except AssertionError as e:
    print(e)
try:
    with t.assertRaisesRegex(KeyError, "zzz"):
        raise KeyError("abc")
except AssertionError as e:
    print("regex:", e)
try:
    with t.assertWarns(UserWarning):
        pass
except AssertionError as e:
    print("warns:", e)
import warnings
with t.assertWarns(DeprecationWarning) as w:
    warnings.warn("old", DeprecationWarning)
print("warned", w.warning)
with t.assertLogs("x", level="INFO") as logs:
    import logging
    logging.getLogger("x").info("hello %s", "log")
    logging.getLogger("x.y").error("child")
print(logs.output)
try:
    with t.assertLogs("quiet"):
        pass
except AssertionError as e:
    print("logs:", e)
