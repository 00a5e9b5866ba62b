import io
import sys
import unittest


class Quick(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(2 + 2, 4)

    def test_bad(self):
        self.assertEqual("a" * 3, "aab", msg="strings differ")


sys.stderr = io.StringIO()
try:
    unittest.main(argv=["prog"], verbosity=0)
except SystemExit as e:
    captured = sys.stderr.getvalue()
    sys.stderr = sys.__stderr__
    print("exit code", e.code)
    lines = [l for l in captured.splitlines() if not l.startswith("Ran ")]
    for line in lines:
        if 'File "' in line:
            line = line.split(",", 1)[1].strip()
        print(line)
raise SystemExit("tests failed: 1")
