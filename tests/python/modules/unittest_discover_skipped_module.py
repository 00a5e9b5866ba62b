"""unittest discovery: a test module that raises SkipTest on import is one skipped test."""
import io
import os
import sys
import tempfile
import unittest

with tempfile.TemporaryDirectory() as root:
    with open(os.path.join(root, "test_needs_network.py"), "w") as f:
        f.write("import unittest\nraise unittest.SkipTest('no network here')\n")
    with open(os.path.join(root, "test_math.py"), "w") as f:
        f.write("import unittest\nclass T(unittest.TestCase):\n    def test_add(self):\n"
                "        self.assertEqual(1 + 1, 2)\n")
    suite = unittest.TestLoader().discover(root)
    tests = sorted(str(t) for s in suite for t in s)
    print(tests)
    out = io.StringIO()
    result = unittest.TextTestRunner(stream=out, verbosity=2).run(suite)
    print(result.testsRun, len(result.skipped), result.skipped[0][1] if result.skipped else None)
    print("\n".join(sorted(line for line in out.getvalue().splitlines() if " ... " in line)))
    sys.path.remove(root) if root in sys.path else None
