import io
import re
import unittest


class Base(unittest.TestCase):
    def helper(self):
        return 42

    def test_base(self):
        self.assertEqual(self.helper(), 42)


class Child(Base):
    def test_child(self):
        self.assertTrue(isinstance(self, Base))

    def check_not_collected(self):
        raise AssertionError("should not run")


class Params(unittest.TestCase):
    cases = [(2, 4), (3, 9), (4, 15)]

    def test_squares(self):
        for n, sq in self.cases:
            with self.subTest(n=n):
                self.assertEqual(n * n, sq)

    def test_cleanup_order(self):
        order = []
        self.addCleanup(order.append, 1)
        self.addCleanup(order.append, 2)
        self.doCleanups()
        self.assertEqual(order, [2, 1])

    def test_context_manager_cleanup(self):
        class CM:
            def __enter__(self):
                return "resource"

            def __exit__(self, *exc):
                return False

        self.assertEqual(self.enterContext(CM()), "resource")


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Child))
print(loader.getTestCaseNames(Params))
loader.testMethodPrefix = "check"
print(loader.getTestCaseNames(Child))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Params))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*squares*"]
print(loader.getTestCaseNames(Params))
suite = unittest.TestLoader().loadTestsFromNames(["Child.test_child", "Params"], module=__import__("__main__"))
print(suite.countTestCases())
single = unittest.TestLoader().loadTestsFromName("Params.test_squares", module=__import__("__main__"))
print(single.countTestCases() if hasattr(single, "countTestCases") else single)
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=1).run(suite)
out = re.sub(r"[\d.]+s", "Ts", stream.getvalue())
out = re.sub(r'File ".*?", line \d+', 'File "F", line N', out)
print(out)
print(result)
r2 = unittest.TestResult()
unittest.TestLoader().loadTestsFromTestCase(Base).run(r2)
print(r2.testsRun, r2.wasSuccessful(), r2.failures, r2.errors)
ld = unittest.TestLoader()
failed = ld.loadTestsFromName("NoSuchThing", module=__import__("__main__"))
print(failed.countTestCases(), [t.id() for t in failed], len(ld.errors), ld.errors[0].splitlines()[0])
r3 = unittest.TestResult()
failed.run(r3)
print(r3.testsRun, len(r3.errors), r3.errors[0][1].splitlines()[-1])
bad = unittest.TestLoader().loadTestsFromName("NoSuchThing") if False else None
print(Params("test_squares").id().replace("__main__", "M"), Params("test_squares") == Params("test_squares"))
try:
    Params("no_such_method")
except ValueError as e:
    print("ValueError", str(e).replace("__main__", "M"))
