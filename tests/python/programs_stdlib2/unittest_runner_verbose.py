import os as _os
import sys as _sys


class _RelativePaths:
    """stdout with this folder's path taken out of file names, so the output is the same in every checkout."""

    def __init__(self, out):
        self.out = out
        self.folder = _os.path.dirname(_os.path.abspath(__file__)) + _os.sep

    def write(self, text):
        return self.out.write(text.replace(self.folder, ""))

    def flush(self):
        self.out.flush()


_sys.stdout = _RelativePaths(_sys.stdout)
import sys
import unittest


def divide(a, b):
    return a / b


class TestMath(unittest.TestCase):
    def setUp(self):
        self.values = [1, 2, 3]

    def test_sum(self):
        self.assertEqual(sum(self.values), 6)

    def test_divide(self):
        self.assertAlmostEqual(divide(1, 3), 0.3333333, places=6)

    def test_divide_zero(self):
        with self.assertRaises(ZeroDivisionError):
            divide(1, 0)

    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, "invalid literal"):
            int("abc")

    def test_fails(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_error(self):
        raise KeyError("missing")

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 3)

    def test_membership(self):
        self.assertIn("a", "abc")
        self.assertNotIn(5, [1, 2])
        self.assertIsNone(None)
        self.assertIsInstance(3, int)
        self.assertCountEqual([3, 1, 2], [1, 2, 3])


class TestStrings(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.word = "weft"

    def test_upper(self):
        self.assertEqual(self.word.upper(), "WEFT")

    def test_dict_diff(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    @unittest.skipIf(sys.version_info >= (3, 0), "python 3")
    def test_old(self):
        pass


suite = unittest.TestSuite()
loader = unittest.TestLoader()
suite.addTests(loader.loadTestsFromTestCase(TestMath))
suite.addTests(loader.loadTestsFromTestCase(TestStrings))
print("count", suite.countTestCases())
import io
import re
buf = io.StringIO()
runner = unittest.TextTestRunner(stream=buf, verbosity=2)
result = runner.run(suite)
print(re.sub(r"in \d+\.\d+s", "in T", buf.getvalue()))
print("run", result.testsRun)
print("failures", len(result.failures), [t.id() for t, _ in result.failures])
print("errors", len(result.errors), [t.id() for t, _ in result.errors])
print("skipped", [(t.id(), why) for t, why in result.skipped])
print("expected", len(result.expectedFailures), "unexpected", len(result.unexpectedSuccesses))
print("ok", result.wasSuccessful())
