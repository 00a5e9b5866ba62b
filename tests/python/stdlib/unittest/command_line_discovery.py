# What `python -m unittest [args]` does (unittest.main with no module): test names, file paths,
# -k patterns, and discovery (`discover -s DIR -p PATTERN`, or no names at all) through packages,
# with a module that fails to import reported as a failing test.
import io
import os
import re
import sys
import tempfile
import unittest

root = tempfile.mkdtemp()
files = {
    "test_math.py": """
import unittest
class TestAdd(unittest.TestCase):
    def test_add(self): self.assertEqual(1 + 1, 2)
    def test_fail(self): self.assertEqual(1 + 1, 3)
class TestMul(unittest.TestCase):
    def test_mul(self): self.assertEqual(2 * 3, 6)
    @unittest.skip("not now")
    def test_skip(self): pass
""",
    "helper.py": "import unittest\nclass NotFound(unittest.TestCase):\n    def test_x(self): pass\n",
    "pkg/__init__.py": "",
    "pkg/test_inner.py": "import unittest\nclass Inner(unittest.TestCase):\n    def test_inner(self): pass\n",
    "pkg/sub/__init__.py": "",
    "pkg/sub/test_deep.py": "import unittest\nclass Deep(unittest.TestCase):\n    def test_deep(self): pass\n",
    "notpkg/test_hidden.py": "import unittest\nclass Hidden(unittest.TestCase):\n    def test_h(self): pass\n",
    "broken/__init__.py": "",
    "broken/test_bad.py": "import no_such_module_here\n",
}
for name, text in files.items():
    path = os.path.join(root, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
os.chdir(root)
sys.path.insert(0, root)


def run(*args):
    out = io.StringIO()
    runner = unittest.TextTestRunner(stream=out, verbosity=2)
    # a fresh loader each time, as each `python -m unittest` has (a loader keeps its top directory)
    prog = unittest.main(module=None, argv=["python -m unittest", *args], testRunner=runner,
                         testLoader=unittest.TestLoader(), exit=False)
    text = re.sub(r"in \d+\.\d+s", "in TIME", out.getvalue())
    # the last line of an import failure's traceback, not the frames (paths differ)
    lines = [l for l in text.splitlines() if not l.startswith(("  File", "    "))]
    print("$", *args)
    print("\n".join(lines))
    print("successful:", prog.result.wasSuccessful(), "run:", prog.result.testsRun)


run("test_math.TestMul")
run("test_math.TestAdd.test_add", "pkg.test_inner")
run("test_math.py")
run("-k", "mul", "test_math")
run("discover", "-s", "pkg")
run("discover", "-p", "test_m*.py")
run("discover", "-s", "broken", "-t", ".")
run()
